"""Markup in plain-text fields, collective credits and "City, ST" datelines (round 13).

All texts are invented for these tests.
"""
from analysis.clean.cleaning import CODE_REASON, COLLECTIVE_CREDIT_REASON, classify_document, clean_text
from analysis.corpus.html_entities import normalize_entities, strip_html_tags
from analysis.corpus.html_metadata import clean_author, clean_outlet
from analysis.lexicons import collective_credit

STORY = "The council approved the new budget on Tuesday after a long debate among its members."


def test_html_tags_in_a_plain_text_field_are_taken_out_and_a_link_keeps_its_anchor_text():
    raw = ("<p>Ferry services resume</p>\n"
           '<p>Ferries between the islands sailed again on Monday, <a href="http://example.com/news">the '
           "operator</a> said, after <b>three days</b> of storms.</p><p>Fares stay the same.</p>")
    c = classify_document(raw)
    assert "<" not in c.text and "href" not in c.text
    assert "Ferries between the islands sailed again on Monday, the operator said, after three days of storms." \
        in c.text
    assert "Fares stay the same." in c.text
    assert c.title == "Ferry services resume"
    # the audit says what was taken out of each line
    assert c.reasons[1].startswith("story text") and "[HTML in the line: 8 tags taken out, the text kept]" in c.reasons[1]
    assert "[HTML in the line: 2 tags taken out, the text kept]" in c.reasons[0]


def test_a_byline_wrapped_in_tags_gives_the_author():
    raw = ("Ferry services resume\n\n"
           '<p class="byline">By <a href="/staff/ann-lee">Ann Lee</a></p>\n\n' + STORY)
    c = classify_document(raw)
    assert c.author == "Ann Lee"
    assert c.labels[2] == "byline"


def test_a_line_of_tags_only_is_code_and_decoded_references_are_in_the_reason():
    raw = STORY + "\n</div></div>\nIt said quot;enough quot; and raised #36;5 million."
    c = classify_document(raw)
    assert c.labels[1] == "boilerplate" and c.reasons[1] == CODE_REASON
    assert "$5 million" in c.text and "quot" not in c.text
    assert "character references decoded: 'quot;' x2, '#36;'" in c.reasons[2]


def test_angle_brackets_that_are_no_tags_stay():
    for line in ["If x < 5 and y > 3 the rule holds, the professor said on Tuesday in class.",
                 "Write to the desk at <news.desk@example.com> with tips about the council budget.",
                 "Chrysler Corp <C> and UAL Inc <U> rose, while Burlington Resources <BR> fell in trading.",
                 "The Swiss bank <Union Bank of Switzerland> said the <FIRST CHICAGO CORP> stake was sold.",
                 # a company's name in brackets that opens with an element's name is no tag
                 "<Strong Point Inc> and <Mark Resources Inc> bought 80 pct of <B and R International Inc.>."]:
        assert clean_text(line) == line
        assert strip_html_tags(line) == (line, 0)
    # an upper-case tag with its closing tag is markup
    assert strip_html_tags("The <B>council</B> met.") == ("The council met.", 2)


def test_ampersand_words_and_a_number_before_a_semicolon_are_no_debris():
    line = "AT&T and R&D spending grew, the Q&A session heard on Tuesday from the council."
    assert clean_text(line) == line
    assert clean_text("He wore #36; his brother wore #12 in the final game of the season on Sunday.") \
        == "He wore #36; his brother wore #12 in the final game of the season on Sunday."
    assert "$5 million" in clean_text("Bids close at midnight; the fund raised #36;5 million last year from donors.")
    assert normalize_entities("AT&T, R&D and Q&A;") == "AT&T, R&D and Q&A;"


def test_collective_credits_are_no_author_and_no_outlet():
    for credit in ["By Staff and agencies", "Agencies", "WIRE SERVICES", "From wire reports"]:
        raw = f"Ferry services resume\n\n{credit}\nFebruary 9, 2016\n\n{STORY}"
        c = classify_document(raw)
        assert c.author is None and c.outlet is None, credit
        assert c.labels[2] == "byline" and c.reasons[2] == COLLECTIVE_CREDIT_REASON, credit
    assert collective_credit("Staff and agencies") and not collective_credit("Reuters")
    assert clean_author("Staff and agencies") == (None, "a collective credit (staff, agencies or wires), not a name")
    assert clean_author("Agencies; Ann Lee") == ("Ann Lee", None)
    assert clean_outlet("Agencies")[0] is None


def test_a_named_credit_and_a_person_stay():
    raw = f"Ferry services resume\n\nBy Ann Lee\nFebruary 9, 2016\n\n{STORY}"
    assert classify_document(raw).author == "Ann Lee"
    raw = f"Ferry services resume\n\nReuters\nFebruary 9, 2016\n\n{STORY}"
    assert classify_document(raw).outlet == "Reuters"
    assert clean_outlet("Winnipeg Sun") == ("Winnipeg Sun", None)
    # a one-line item (a headline alone) is never emptied by the rule
    assert classify_document("wires").text == "wires"
    # a line "Agencies" inside the story (not in the header, not the last line) is left to the story
    c = classify_document(STORY + "\n\nAgencies\n\n" + STORY + "\n\n" + STORY)
    assert c.labels[2] == "body"


def test_a_city_and_a_us_postal_code_next_to_a_byline_is_a_place_not_the_outlet():
    raw = f"Ferry services resume\n\nBy Ann Lee\nBluefield, WV\n\n{STORY}"
    c = classify_document(raw)
    assert c.outlet is None and c.labels[3] == "dateline" and "not the outlet" in c.reasons[3]
    # guard: an outlet name next to the byline is still the outlet
    raw = f"Ferry services resume\n\nBy Ann Lee\nBluefield Daily Telegraph\n\n{STORY}"
    assert classify_document(raw).outlet == "Bluefield Daily Telegraph"


def test_a_json_export_with_html_in_its_fields_loads_clean_text_and_title(tmp_path):
    import json

    from analysis import cleaning_report, load_corpus

    rows = [{"doc_id": "a", "title": "<b>Ferry</b> services resume",
             "text": '<p>Ferries sailed again on Monday, <a href="http://example.com">the operator</a> said.</p>'}]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    corpus = load_corpus(path, on_error="ignore", detect_language=False)
    assert corpus.loc[0, "title"] == "Ferry services resume"
    assert corpus.loc[0, "text"] == "Ferries sailed again on Monday, the operator said."
    problems = corpus.attrs["problems"]
    # the loader reads block markup in a table's text cell as HTML (reader4), the cleaner any
    # inline tags left (markup): either way the researcher is told
    assert {"HTML tags in the text", "HTML markup in the text column"} & set(problems["problem"])
    read_as_html = problems[problems["problem"] == "HTML markup in the text column"]
    assert "a" in set(read_as_html["doc_id"]) \
        or "HTML in the line: 4 tags taken out" in cleaning_report(corpus).loc[0, "reason"]


def test_a_summary_of_counts_of_people_is_text_not_a_table_row():
    story = STORY + "\n\n"
    for line in ["North: 12 dead, 40 hurt", "Coastal towns: three missing, 200 homeless",
                 "South: 3 killed, 11 injured"]:
        c = classify_document(story + line + "\n\n" + STORY)
        assert c.labels[2] == "body", line
        assert line in c.text
    # guards: rows of results tables stay table rows
    for line in ["Shr 12 cts vs 10 cts", "Net loss 196,000 vs profit 71,000", "Revs 40.1 mln vs 38.2 mln",
                 "BRAZIL      nil      131,950"]:
        c = classify_document(story + line + "\n\n" + STORY)
        assert c.labels[2] == "table", line


def test_a_byline_run_into_the_wire_dateline_is_the_author_not_story_text():
    # an export that lost its paragraph breaks ("<p>By ...</p><p>CHICAGO (Reuters) - ...")
    for raw, name, start in [
            ("By Ann Lee CHICAGO (Reuters) - The council approved the new budget on Tuesday.", "Ann Lee", "CHICAGO"),
            ("By JOHN SMITH LONDON (AP) -- The council approved the new budget on Tuesday.", "JOHN SMITH", "LONDON"),
            ("By MARY JONES CARSON CITY, Nev. (AP) -- The council approved the budget.", "MARY JONES", "CARSON")]:
        c = classify_document(raw)
        assert c.author == name and c.text.startswith(start), raw
        assert f"'By {name}', the author" in c.reasons[0]
    # guards: a sentence that opens with "By", and a name in capitals before an unknown place
    for raw in ["By the time Police Chief John Smith LONDON (AP) - arrived, it was over.",
                "By Train From Paris LONDON (Reuters) - Travel grew on Monday as the tunnel opened.",
                "By JOHN SMITH GREENVILLE (AP) -- The council approved the new budget on Tuesday."]:
        c = classify_document(raw)
        assert c.author is None and c.text == raw, raw


# ---- hidden link labels a page scrape kept as words (lead, round 13) -------------------------

def test_a_hidden_link_label_glued_to_a_word_is_taken_out_and_noted():
    raw = ("Ferry services resume\n\n"
           "The skipper toldexternal-link the island's radio station he would sail at dawn.\n\n"
           "The timetable (opens in a new window) is published by the Harbour Boardexternal-link on Mondays.")
    c = classify_document(raw)
    assert "The skipper told the island's radio station he would sail at dawn." in c.text
    assert "The timetable is published by the Harbour Board on Mondays." in c.text
    assert "external-link" not in c.text and "opens in" not in c.text
    assert "hidden link label taken out: 'external-link'" in c.reasons[2]
    assert "'(opens in a new window)'" in c.reasons[4] and "'external-link'" in c.reasons[4]


def test_words_like_a_link_label_stay():
    raw = ("Ferry services resume\n\n"
           "The non-external-link rule, an external-linkage and the external link road stay. "
           "The door opens in a new way when the wind blows from the east.")
    c = classify_document(raw)
    assert "non-external-link rule, an external-linkage and the external link road stay" in c.text
    assert "opens in a new way" in c.text
    assert "link label" not in " ".join(c.reasons)


# ---- review fixes (lead, round 13) -----------------------------------------------------------

def test_a_labelled_summary_line_does_not_run_into_the_next_paragraph():
    raw = ("Floods hit the region\n\nThe storm hit the coast overnight, officials said.\n"
           "North: 12 dead, 40 hurt\nSouth: 3 missing, 200 homeless\n"
           "Rescue teams were still searching the villages on Tuesday morning for people.")
    text = clean_text(raw)
    assert "South: 3 missing, 200 homeless\n\nRescue teams" in text


def test_a_link_label_that_is_a_word_of_the_sentence_stays():
    text = clean_text("Ferry\n\nThe external-link policy of the site changed. Jay Shah tweetedexternal-link.")
    assert "The external-link policy of the site changed. Jay Shah tweeted." in text


def test_tags_with_attributes_without_values_are_taken_out():
    assert strip_html_tags('<iframe src="https://x" allowfullscreen></iframe>ok')[0].strip() == "ok"
    assert strip_html_tags("<td nowrap>12</td>")[0].strip() == "12"
    assert strip_html_tags("<B Resources> and <Mark Resources Inc> rose")[1] == 0


def test_many_unclosed_comments_are_read_in_linear_time_and_kept():
    out, n = strip_html_tags("<!--" * 20000 + " x <b>y</b>")
    assert n == 2 and out.endswith(" x y")


def test_an_escaped_dollar_before_a_full_stop_stays():
    assert normalize_entities("It costs #36;.") == "It costs #36;."
    assert normalize_entities("It cost #36;.5 million") == "It cost $.5 million"


def test_a_menu_of_links_with_item_counts_is_boilerplate():
    menu = "\n\n".join(f"{c} ({k})" for c, k in [("Albania", 3), ("Algeria", 2), ("Andorra", 4),
                                                 ("Antigua and Barbuda", 1), ("Argentina", 7), ("Armenia", 3)])
    raw = "Holders Egypt win again\n\n" + menu + "\n\n" + STORY
    c = classify_document(raw)
    assert "Albania" not in c.text and STORY in c.text
    assert sum("menu of links with item counts" in r for r in c.reasons) == 6


def test_a_short_list_with_counts_in_a_story_stays():
    raw = ("Medal table\n\nThe hosts led the table on Sunday, officials said.\n\nNorway (12)\n\nGermany (9)\n\n"
           "Canada (7)\n\n" + STORY)
    assert "Norway (12)" in clean_text(raw)

"""Cleaning rules, on page furniture written for these tests (other outlets, other widgets)."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.clean.cleaning import (
    BLANK_REASON,
    LABELS,
    classify_document,
    classify_lines,
    cleaning_report,
    normalize_typography,
)


def labels_of(raw):
    c = classify_document(raw)
    return {line.strip(): (lab, why) for line, lab, why in zip(c.lines, c.labels, c.reasons) if line.strip()}


# ---------------------------------------------------------------------------------- typography
@pytest.mark.parametrize(
    "raw, expected",
    [
        ("\u201cWe\u2019re ready,\u201d she said.", "\"We're ready,\" she said."),
        ("\u2018single\u2019 and \u201edouble\u201c", "'single' and \"double\""),
        ("Germany\u00b4s budget", "Germany's budget"),
        ("the ministers\u00b4 meeting", "the ministers' meeting"),
        ("Ankara`s reply", "Ankara's reply"),
        ("use `code` here", "use `code` here"),
        ("2019\u20132021 and a pause \u2014 then more", "2019-2021 and a pause - then more"),
        ("Xi\u2014who spoke first\u2014left", "Xi - who spoke first - left"),
        ("minus \u22125 degrees", "minus -5 degrees"),
        ("non\u00a0breaking\u202fspaces", "non breaking spaces"),
        ("zero\u200bwidth\u2060joined\ufeff", "zerowidthjoined"),
        ("\ufb01nal of\ufb01cial", "final official"),
        ("and so on\u2026", "and so on..."),
        ("\uff21\uff22\uff23 full width", "ABC full width"),
        ("soft\u00adhyphen", "softhyphen"),
        ("plain ASCII stays", "plain ASCII stays"),
        ("", ""),
    ],
)
def test_normalize_typography(raw, expected):
    assert normalize_typography(raw) == expected


def test_normalize_typography_keeps_line_breaks():
    assert normalize_typography("a\u2019b\n\nc\u201dd\n").count("\n") == 3


# ------------------------------------------------------------------------------- furniture rules
COMMENT_POLICY_ARTICLE = """\
Harbour council approves new ferry timetable

By Maria Okafor

The Portvale harbour council voted on Tuesday to add two evening ferry crossings from May, after a year of complaints from commuters about the gap between the last two boats.

Councillors said the extra crossings would cost about 400,000 pounds a year, to be paid from berthing fees rather than fares.

"It is the single most requested change we have had," said council leader Tom Birch.
Why have we closed comments on the Portvale Post to non-subscribers?
Our readers told us the comment threads had filled with spam and personal attacks.
We want a place where our community can debate the stories that matter to Portvale.
That matters.
Subscribers can still comment on every story, and our moderators read every report.
Community guidelines
Report this comment
"""


def test_comment_policy_block_removed_and_closing_quote_kept():
    lab = labels_of(COMMENT_POLICY_ARTICLE)
    closing = '"It is the single most requested change we have had," said council leader Tom Birch.'
    assert lab[closing][0] == "body"
    for line in [
        "Why have we closed comments on the Portvale Post to non-subscribers?",
        "Our readers told us the comment threads had filled with spam and personal attacks.",
        "We want a place where our community can debate the stories that matter to Portvale.",
        "That matters.",
        "Subscribers can still comment on every story, and our moderators read every report.",
        "Community guidelines",
        "Report this comment",
    ]:
        assert lab[line][0] == "boilerplate", line
    assert "comments" in lab["Why have we closed comments on the Portvale Post to non-subscribers?"][1]
    c = classify_document(COMMENT_POLICY_ARTICLE)
    assert c.text.endswith(closing)
    assert "moderators" not in c.text and "That matters." not in c.text
    assert c.title == "Harbour council approves new ferry timetable"
    assert c.author == "Maria Okafor"


def test_leave_a_comment_footer_and_short_real_ending():
    raw = (
        "Flood defences in the valley held overnight, the regional water agency said on Sunday, "
        "although two villages remain cut off.\n\n"
        "The river fell slowly.\n\n"
        "Leave a Comment\n\n"
        "Your email address will not be published. Required fields are marked *\n"
    )
    c = classify_document(raw)
    assert c.text.endswith("The river fell slowly.")
    assert "email" not in c.text and "Comment" not in c.text


def test_related_widget_then_story_continues():
    raw = (
        "Rail strike talks to resume on Monday, union says\n"
        "Negotiators for the train drivers' union and the operators will meet again on Monday, "
        "the union said, after talks broke down last week over pay and rosters.\n"
        "Read More\n"
        "Storm warning issued for the north coast\n"
        "Local bakery wins national bread award\n"
        "The union has staged four one-day strikes since January and says a fifth is planned "
        "for the end of the month if there is no new offer.\n"
    )
    lab = labels_of(raw)
    assert lab["Read More"] == ("boilerplate", "related-headlines widget")
    assert lab["Storm warning issued for the north coast"][0] == "boilerplate"
    assert "widget" in lab["Local bakery wins national bread award"][1]
    text = classify_document(raw).text
    assert "bakery" not in text and text.count("\n\n") == 1
    assert text.startswith("Negotiators") and text.endswith("no new offer.")


@pytest.mark.parametrize(
    "line, reason_word",
    [
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Share this article", "share"),
        ("Facebook Twitter Email Print", "share"),
        ("Sign up for our free morning newsletter", "subscribe"),
        ("We use cookies to improve your experience on our site.", "cookie"),
        ("(Photo: Getty Images)", "photo"),
        ("Copyright 2023 Northern Press Ltd. All rights reserved.", "legal"),
        ("Related: Ports reopen after week-long closure", "widget"),
        ("You might also like", "widget"),
    ],
)
def test_furniture_line_inside_story(line, reason_word):
    raw = (
        "The central bank left its main interest rate unchanged on Thursday, saying inflation "
        "was falling but remained above its target.\n\n"
        f"{line}\n\n"
        "Economists had expected the decision, and markets barely moved after the announcement "
        "was published at noon.\n"
    )
    c = classify_document(raw)
    i = c.lines.index(line)
    assert c.labels[i] == "boilerplate"
    assert reason_word in c.reasons[i].lower()
    assert line not in c.text
    assert c.text.count("\n\n") == 1


def test_embedded_social_post():
    raw = (
        "The foreign minister welcomed the agreement in a post on social media shortly after the "
        "signing ceremony ended in Vienna on Wednesday evening.\n"
        "Proud of our negotiators. We got this done together.\n"
        "\u2014 Anna Lindqvist (@annalindqvist_fm) March 3, 2021\n"
        "Officials said the text would be published on Friday after legal review by all parties.\n"
        "More on the deal: pic.twitter.com/AbC123xyz\n"
    )
    lab = labels_of(raw)
    assert lab["\u2014 Anna Lindqvist (@annalindqvist_fm) March 3, 2021"] == (
        "embed", "embedded social post (handle and date)")
    assert lab["Proud of our negotiators. We got this done together."][0] == "embed"
    assert lab["More on the deal: pic.twitter.com/AbC123xyz"][0] == "embed"
    text = classify_document(raw).text
    assert "negotiators" not in text and text.count("\n\n") == 1


def test_standfirst_repeated_and_truncated_teaser():
    raw = (
        "Drought cuts wheat harvest forecast\n"
        "Farm ministry lowers its estimate for the third time this year as rain fails to arrive.\n"
        "The agriculture ministry cut its wheat harvest forecast to 21 million tonnes on Monday, "
        "the third reduction since spring.\n"
        "Farm ministry lowers its estimate for the third time this year as rain fails to arrive.\n"
        "Exporters said shipments already contracted would go ahead, but new sales had slowed "
        "sharply...\n"
        "Exporters said shipments already contracted would go ahead, but new sales had slowed "
        "sharply in the past fortnight.\n"
    )
    c = classify_document(raw)
    assert c.labels[3] == "duplicate" and c.reasons[3] == "repeats line 2 (standfirst)"
    assert c.labels[4] == "duplicate" and c.reasons[4] == "truncated teaser of line 6"
    assert c.labels[1] == "body" and c.labels[5] == "body"
    assert c.text.count("Farm ministry lowers") == 1
    assert "sharply..." not in c.text


def test_header_byline_outlet_dateline_and_headings():
    raw = (
        "Parliament passes pension reform after all-night session\n\n"
        "By\n\n"
        "By Kenji Watanabe and Sofia Marin\n\n"
        "Associated Press\n"
        "Updated 10:42 PM GMT, March 14, 2023\n\n"
        "Lawmakers approved the pension overhaul early on Wednesday after a debate that lasted "
        "more than fourteen hours, with the government winning by eleven votes.\n\n"
        "What Changes for Workers\n\n"
        "The retirement age will rise by one month each year from 2025 until it reaches 66.\n\n"
        "Opposition Response\n\n"
        "Opposition leaders said they would challenge the law in the constitutional court.\n"
    )
    lab = labels_of(raw)
    assert lab["By"][0] == "byline" and "doubled" in lab["By"][1]
    assert lab["By Kenji Watanabe and Sofia Marin"] == ("byline", "byline: Kenji Watanabe and Sofia Marin")
    assert lab["Associated Press"][0] == "dateline"
    assert lab["Updated 10:42 PM GMT, March 14, 2023"] == ("dateline", "date line")
    assert lab["What Changes for Workers"][0] == "heading"
    assert lab["Opposition Response"][0] == "heading"
    c = classify_document(raw)
    assert c.title == "Parliament passes pension reform after all-night session"
    assert c.author == "Kenji Watanabe and Sofia Marin"
    assert c.outlet == "Associated Press"
    assert c.published.date().isoformat() == "2023-03-14"
    assert c.text.split("\n\n")[0].startswith("Lawmakers approved")
    assert len(c.text.split("\n\n")) == 3


def test_publisher_blurb_at_the_end():
    raw = (
        "Fishing quotas for the northern fleet were cut by a tenth for next season, the fisheries "
        "authority announced on Friday after a scientific review of cod stocks.\n\n"
        "Boat owners said the cut would cost jobs in the smaller harbours.\n\n"
        "Coastline Daily\n\n"
        "Coastline Daily is an independent news website covering the fishing communities of the north.\n"
    )
    lab = labels_of(raw)
    assert lab["Coastline Daily"][0] == "boilerplate"
    assert "publisher" in lab["Coastline Daily is an independent news website covering the fishing communities of the north."][1]
    assert classify_document(raw).text.endswith("smaller harbours.")


def test_wire_credit_and_signoff():
    raw = (
        "SEOUL (Reuters) - South Korea's exports rose for a sixth month in March on strong chip "
        "demand, trade ministry data showed on Saturday.\n\n"
        "Shipments of semiconductors jumped by a third from a year earlier.\n\n"
        "(Reporting by Hyonhee Shin; Editing by Jane Merriman)\n"
    )
    c = classify_document(raw)
    assert c.labels[-1] == "byline" and "credit" in c.reasons[-1]
    assert c.outlet == "Reuters"
    assert "Editing" not in c.text


# ------------------------------------------------------------------------- clean texts survive
CLEAN_TEXTS = [
    # one paragraph per line, short last paragraph
    "The mayor opened the new bridge on Saturday morning.\n"
    "About two thousand people walked across it in the first hour.\n"
    "It rained.",
    # quotes in the first person, with readers and community words, said by a source
    '"We will not let our community down," the mayor told reporters on Saturday.\n\n'
    '"Our readers and our neighbours deserve better," said Ana Costa, editor of a local weekly '
    "that has covered the bridge dispute for a decade.\n\n"
    "The bridge cost 40 million euros.",
    # short paragraphs that end in full stops
    "Prices rose.\n\nWages did not.\n\nThe gap is now the widest since 2008, the statistics "
    "office said in its quarterly report on household incomes.",
    # a story that mentions comments, subscriptions and policy as news
    "The streaming service said on Tuesday it had lost 200,000 subscribers in the quarter, "
    "its first fall in a decade.\n\n"
    "The company declined to comment on its policy on password sharing, which analysts blame "
    "for the drop.",
    # a question as a paragraph
    "Can the ceasefire hold?\n\nDiplomats in Cairo were cautious on Sunday, saying both sides "
    "had broken earlier truces within days.",
]


@pytest.mark.parametrize("raw", CLEAN_TEXTS)
def test_clean_texts_come_through_whole(raw):
    c = classify_document(raw)
    assert c.labels == ["body"] * len(c.lines)
    expected = "\n\n".join(line for line in raw.splitlines() if line.strip())
    assert c.text == normalize_typography(expected)


def test_hard_wrapped_text_is_joined_into_paragraphs():
    raw = (
        "Showers continued throughout the week in the coastal zone,\n"
        "easing the drought that had lasted since early January and\n"
        "improving prospects for the coming harvest.\n"
        "    The dry period means the harvest will be late this year,\n"
        "traders said.\n"
    )
    c = classify_document(raw)
    assert c.labels == ["body"] * 5
    paras = c.text.split("\n\n")
    assert len(paras) == 2
    assert paras[0].startswith("Showers") and paras[0].endswith("harvest.")
    assert "zone, easing" in paras[0]


# ------------------------------------------------------------------------------------ report
def corpus_of(*raws):
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(raws))], "raw_text": list(raws)})


ALL_RAWS = [COMMENT_POLICY_ARTICLE, *CLEAN_TEXTS, "", "Only one line", "Advertisement\r\nText here.\r\n"]


def test_report_has_one_row_per_line_and_valid_labels():
    corpus = corpus_of(*ALL_RAWS)
    rep = cleaning_report(corpus)
    assert list(rep.columns) == ["doc_id", "line_no", "text", "label", "reason"]
    for doc_id, raw in zip(corpus.doc_id, corpus.raw_text):
        rows = rep[rep.doc_id == doc_id]
        assert len(rows) == len(raw.splitlines())
        assert rows.line_no.tolist() == list(range(1, len(rows) + 1))
        assert rows.text.tolist() == raw.splitlines()
    assert set(rep.label) <= set(LABELS)
    assert (rep.reason.str.len() > 0).all()
    blank = rep.text.str.strip() == ""
    assert (rep.label[blank] == "body").all() and (rep.reason[blank] == BLANK_REASON).all()


def test_report_body_rows_reproduce_text():
    for raw in ALL_RAWS:
        rep = cleaning_report(corpus_of(raw))
        body = " ".join(normalize_typography(t) for t in rep.text[rep.label == "body"])
        assert body.split() == classify_document(raw).text.split()


def test_report_and_classify_lines_agree_and_text_fallback():
    raw = COMMENT_POLICY_ARTICLE
    rep = cleaning_report(pd.DataFrame({"doc_id": ["x"], "text": [raw]}))  # no raw_text column
    assert list(zip(rep.label, rep.reason)) == classify_lines(raw)
    with pytest.raises(ValueError):
        cleaning_report(pd.DataFrame({"id": [1]}))


def test_classification_is_deterministic():
    assert classify_lines(COMMENT_POLICY_ARTICLE) == classify_lines(COMMENT_POLICY_ARTICLE)


def test_short_story_ending_after_an_advert_stays():
    raw = ("Ministers met in Oslo on Monday to discuss fishing rights in the Barents Sea.\n\n"
           "Advertisement\n\nNo deal was reached.\n")
    c = classify_document(raw)
    assert c.labels[2] == "boilerplate"
    assert c.text.endswith("No deal was reached.")


def test_table_rows_are_not_headlines():
    raw = ("Shr nine cts vs eight cts\n\nNet 1,200,000 vs 1,050,000\n\nRevs 12.4 mln vs 11.0 mln\n\n"
           "Note: the company said results for the prior year were restated after a change in accounting.\n")
    c = classify_document(raw)
    # round 12: the rows are labelled table (left out of the text), the note is the story
    assert c.labels == ["table", "body"] * 3 + ["body"]
    assert c.title is None
    kept = classify_document(raw, keep_tables=True)
    assert kept.labels == ["body"] * len(kept.lines) and kept.title is None


def test_news_about_comments_and_newsletters_is_not_furniture():
    raw = ("The regulator declined to comment on its policy on moderated online forums, officials said.\n\n"
           "The company publishes eight specialty magazines and a weekly newsletter for subscribers, "
           "which it plans to sell to a rival publisher.\n\n"
           "Shares rose 4 percent.\n")
    c = classify_document(raw)
    assert c.labels == ["body"] * len(c.lines)


# Page furniture in the styles of other sites (invented text), with what each key line must be.
OTHER_SITES = {
    "timestamp_share_topics": (
        "Japan and South Korea agree to restore military hotline\n"
        "First published on Tue 12 Mar 2024 10.32 GMT\n"
        "Share\n"
        "Japan and South Korea agreed on Tuesday to restore a military hotline that was cut five "
        "years ago, defence officials in both countries said.\n"
        "The move follows a thaw in relations since 2023.\n"
        "Explore more on these topics\nJapan\nSouth Korea\nReuse this content\nMost viewed",
        {"First published on Tue 12 Mar 2024 10.32 GMT": "dateline", "Share": "boilerplate",
         "Explore more on these topics": "boilerplate", "South Korea": "boilerplate",
         "Japan and South Korea agree to restore military hotline": "title"},
        "Japan and South Korea agreed",
        "since 2023.",
    ),
    "relative_time_and_related_above_headline": (
        "Published\n2 hours ago\nShare\nRelated Topics\n"
        "North Korea fires ballistic missile into sea\n"
        "North Korea fired a ballistic missile into the sea off its east coast on Thursday, South "
        "Korea's military said.\n"
        "Japan's coast guard warned ships in the area.\n"
        "More on this story\nWhy North Korea keeps testing missiles\n15 March",
        {"2 hours ago": "dateline", "North Korea fires ballistic missile into sea": "title",
         "More on this story": "boilerplate", "Why North Korea keeps testing missiles": "boilerplate",
         "15 March": "dateline"},
        "North Korea fired",
        "in the area.",
    ),
    "sponsor_bio_print_note": (
        "Supported by\nSKIP ADVERTISEMENT\nTrade Talks Resume as Tariff Deadline Nears\n"
        "By Jane Doe\nReporting from Seoul\nMarch 3, 2024\n"
        "Negotiators from the two countries returned to the table on Monday with less than a "
        "week left before new tariffs take effect.\n"
        '"We are close," a senior official said.\n'
        "Jane Doe is a correspondent covering the Koreas for The Times.\n"
        "A version of this article appears in print on March 4, 2024, Section A, Page 8.",
        {"Supported by": "boilerplate", "SKIP ADVERTISEMENT": "boilerplate",
         "Reporting from Seoul": "dateline", "March 3, 2024": "dateline",
         "Jane Doe is a correspondent covering the Koreas for The Times.": "boilerplate"},
        "Negotiators",
        'senior official said.',
    ),
    "wire_caption_contributor": (
        "WASHINGTON (AP) - President Joe Biden will host the leaders of Japan and South Korea at "
        "Camp David next month, the White House said Wednesday.\n"
        "FILE - President Joe Biden speaks in the East Room of the White House, June 7, 2023, in "
        "Washington. (AP Photo/Evan Vucci)\n"
        "The summit will be the first stand-alone meeting of the three leaders.\n"
        "Associated Press writer Kim Tong-hyung in Seoul contributed to this report.",
        {"Associated Press writer Kim Tong-hyung in Seoul contributed to this report.": "byline"},
        "WASHINGTON (AP)",
        "three leaders.",
    ),
    "blog_footer": (
        "Why the summit matters\nPosted on March 3, 2024 by admin\n"
        "The summit matters because it sets the tone for the year, and both sides know it.\n"
        "This article was originally published on The Conversation. Read the original article.\n"
        "Tags: China, North Korea, diplomacy\nShare this:\nTwitter\nFacebook\nLike this:\n"
        "Like Loading...\nRelated",
        {"Posted on March 3, 2024 by admin": "dateline", "Tags: China, North Korea, diplomacy": "boilerplate",
         "Share this:": "boilerplate", "Like this:": "boilerplate", "Related": "boilerplate",
         "Why the summit matters": "title"},
        "The summit matters",
        "both sides know it.",
    ),
}


@pytest.mark.parametrize("name", sorted(OTHER_SITES))
def test_furniture_of_other_sites(name):
    raw, expected, starts, ends = OTHER_SITES[name]
    lab = labels_of(raw)
    for line, label in expected.items():
        assert lab[line][0] == label, (line, lab[line])
    text = classify_document(raw).text
    assert text.startswith(starts) and text.endswith(ends)


def test_list_items_stay_separate_paragraphs():
    raw = ("The agreement covers three areas, the ministry said in a statement on Monday evening:\n"
           "- tariffs on steel and aluminium from both countries\n"
           "- quotas for farm products such as rice and beef\n"
           "- a joint panel to settle disputes within ninety days\n")
    c = classify_document(raw)
    assert c.labels == ["body"] * 4
    assert len(c.text.split("\n\n")) == 4


@pytest.mark.parametrize("headline", [
    "Canada Seeks Wider Lumber Accord With U.S.",
    "Regulators Clear Takeover Of Northfield Mining Corp.",
])
def test_headline_ending_in_an_abbreviation_is_still_a_headline(headline):
    # the final full stop belongs to "U.S." or "Corp.": the line is a title, not the first
    # paragraph, and the outlet and date lines under it are header lines
    raw = (f"{headline}\n\nAssociated Press\nMay 04, 1994\n\n"
           "Officials said on Tuesday that talks would resume next month after a pause of two "
           "weeks, and that both sides expected a draft by the summer.\n\n"
           "A spokesman declined to comment on the details.\n")
    c = classify_document(raw)
    assert c.title == headline
    assert c.outlet == "Associated Press"
    assert c.published.date().isoformat() == "1994-05-04"
    assert c.text.startswith("Officials said on Tuesday")


def test_a_sentence_ending_in_us_is_still_body():
    raw = ("The delegation said the new quotas would cut shipments of steel to the U.S.\n\n"
           "Talks resume next week.\n")
    c = classify_document(raw)
    assert c.title is None or c.title != raw.split("\n")[0]
    assert c.text.startswith("The delegation said")


def test_kept_removed_chart_shows_the_documents_cleaning_touched_most():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots.corpus import plot_kept_removed
    rows = []
    for i in range(60):
        rows.append({"doc_id": f"d{i:02d}", "text": "A sentence of the story itself. " * 5, "label": "body"})
        if i % 10 == 3:  # six documents lose a long advert block
            rows.append({"doc_id": f"d{i:02d}", "text": "Advertisement " * 20, "label": "boilerplate"})
    report = pd.DataFrame(rows)
    with pytest.warns(UserWarning, match="60 documents are too many"):
        fig = plot_kept_removed(report, max_docs=6)
    shown = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert shown == ["d03", "d13", "d23", "d33", "d43", "d53"]  # in corpus order
    assert "6 of 60 documents" in fig.axes[0].get_title()
    assert fig.get_size_inches()[1] < 6
    plt.close(fig)
    fig = plot_kept_removed(report, max_docs=None)
    assert len(fig.axes[0].get_yticklabels()) == 60
    plt.close(fig)


@pytest.mark.parametrize("line", [
    "The notes are guaranteed by Harbour Trust Bank Corp.",
    "Lead manager for the issue is Northfield Securities International Inc.",
    "Kestrel is a subsidiary of Arden Holdings Inc. of Portland, Ore.",
    "About 90 pct of the surplus was with the U.S.",
])
def test_a_short_story_sentence_ending_in_an_abbreviation_stays_in_the_story(line):
    raw = ("Officials said on Tuesday that the bond sale had drawn strong demand from investors in "
           "Europe and Asia, and that the price was set at the top of the range.\n\n"
           f"{line}\n\n"
           "The proceeds will be used to refinance existing debt, the company said in a statement.\n")
    c = classify_document(raw)
    assert line in c.text
    assert labels_of(raw)[line][0] == "body"


def test_kept_removed_chart_of_an_empty_report_says_so():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots.corpus import plot_kept_removed
    fig = plot_kept_removed(pd.DataFrame({"doc_id": [], "text": [], "label": []}))
    assert "no text" in fig.axes[0].texts[0].get_text()
    plt.close(fig)


# ------------------------------------------------------------- short items: the line may be the story
@pytest.mark.parametrize("headline", [
    "Nine Senators Sign Up To Back The Rail Bill",
    "Getty Images Confuses Photographers With New Licence Terms",
    "Charity Urges Firms To Donate Unused Laptops",
    "FACTBOX - US officials' recent comments on trade",
    "Shoppers Download Record Number Of Apps In December",
])
def test_a_news_headline_that_contains_furniture_words_is_the_headline(headline):
    raw = f"{headline}\n\nThe move follows months of talks between the groups, officials said on Monday."
    c = classify_document(raw)
    assert c.labels[0] == "title" and c.title == headline
    assert c.text.startswith("The move follows")


@pytest.mark.parametrize("line", [
    "council to donate land for new school",
    "thousands sign up for us anti-spam register",
    "Getty Images sued over photo rights",
    "Click Here for a Free Credit Report",
])
def test_a_one_line_item_is_never_emptied(line):
    c = classify_document(line)
    assert c.labels == ["body"] and c.text == line


def test_the_only_text_of_a_short_item_stays_and_says_why():
    raw = "Retail sales slow in March\n\nShoppers cut back again. Sign up here for our weekly newsletter!"
    c = classify_document(raw)
    assert c.labels[0] == "title"
    assert c.labels[2] == "body" and "short item" in c.reasons[2] and "prompt" in c.reasons[2]
    assert c.text.startswith("Shoppers cut back")


def test_news_about_community_standards_and_google_play_is_body():
    raw = (
        "The platform removed the video on Tuesday, saying it broke its community standards on "
        "violent content.\n\n"
        "The app was also taken down from Google Play after complaints from parents.\n\n"
        "The company has 40 days to appeal.\n"
    )
    c = classify_document(raw)
    assert c.labels == ["body"] * len(c.lines)


@pytest.mark.parametrize("line", [
    "Sign up for our free morning newsletter",
    "Subscribe now to keep reading",
    "Please read our community guidelines before commenting.",
    "Community Guidelines",
    "(Photo: Jane Doe/Getty Images)",
    "Jane Doe / Getty Images",
    "Getty Images",
])
def test_real_furniture_is_still_removed_from_a_story(line):
    raw = (
        "The central bank left its main interest rate unchanged on Thursday, saying inflation "
        "was falling but remained above its target.\n\n"
        f"{line}\n\n"
        "Economists had expected the decision, and markets barely moved after the announcement.\n"
    )
    c = classify_document(raw)
    assert c.labels[c.lines.index(line)] == "boilerplate", c.reasons[c.lines.index(line)]


def test_the_headline_repeated_in_the_text_is_always_the_title_when_known():
    # with the headline known (a title column), a repeated headline is removed from the text
    # whatever its shape; without it, a question stays body (it may be a paragraph)
    raw = "Can the ceasefire hold?\n\nDiplomats in Cairo were cautious on Sunday about the truce."
    assert classify_document(raw).labels[0] == "body"
    c = classify_document(raw, title="Can the  ceasefire hold?")
    assert c.labels[0] == "title" and c.reasons[0] == "headline (repeats the title)"
    assert c.text == "Diplomats in Cairo were cautious on Sunday about the truce."
    # a one-line document equal to its title keeps its line: it is the whole story
    assert classify_document("Can the ceasefire hold?", title="Can the ceasefire hold?").labels == ["body"]
    # a headline-and-teaser pair without a title column: the shorter first line is the headline
    c = classify_document("Port strike enters second week\n\nDock workers rejected a new offer on Friday.")
    assert c.labels[0] == "title" and c.title == "Port strike enters second week"


def test_load_corpus_and_cleaning_report_agree_on_headline_and_teaser_items(tmp_path):
    from analysis.corpus.loading import load_corpus

    rows = pd.DataFrame({
        "doc_id": ["a", "b", "c"],
        "title": ["Is the Fed done?", "Angels 5, Rangers 3", "Nine Senators Sign Up To Back Rail Bill"],
        "text": ["Is the Fed done?\n\nMarkets bet on a pause after the latest figures.",
                 "Angels 5, Rangers 3\n\nA late double settled the game in the ninth inning.",
                 "The bill now has enough votes to pass the chamber next week."],
    })
    path = tmp_path / "items.csv"
    rows.to_csv(path, index=False)
    corpus = load_corpus(path, on_error="ignore")
    assert corpus.text.tolist() == ["Markets bet on a pause after the latest figures.",
                                    "A late double settled the game in the ninth inning.",
                                    "The bill now has enough votes to pass the chamber next week."]
    report = cleaning_report(corpus)
    body = report[(report.label == "body") & (report.text.str.strip() != "")]
    assert body.groupby("doc_id").text.apply(lambda s: " ".join(t.strip() for t in s)).tolist() == corpus.text.tolist()


def test_follow_the_outlet_on_social_media_lines_are_removed_but_news_about_platforms_kept():
    # MasakhaNEWS: BBC regional footers kept as body made Meta - Twitter - BBC the strongest tie
    # of the actor network; invented lines of the same kinds
    story = ("The county council approved the new bypass on Tuesday after a two-hour debate, "
             "and work is expected to start in the spring.")
    footers = [
        "Follow Radio Northvale on Facebook, on Twitter, or on Instagram. Send your story ideas to news@northvale.example.",
        "Find Northvale News on Facebook, Instagram and Twitter. If you have a story suggestion email us.",
        "Why not follow Northvale Online on Facebook, Twitter and Instagram? You can also send story ideas to us.",
        "Follow us on Twitter for the latest updates.",
    ]
    news = [
        "Like many others on Facebook, she posted a tribute to the singer.",
        "Join the queue, the minister told critics on Twitter, saying the plan would go ahead.",
        "Follow-up inspections found Facebook and Instagram adverts for the scheme had been removed.",
    ]
    for footer in footers:
        c = classify_document(story + "\n\n" + footer)
        assert c.text.strip() == story, footer
    for line in news:
        c = classify_document(story + "\n\n" + line)
        assert line in c.text, line

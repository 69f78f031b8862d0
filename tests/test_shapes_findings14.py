"""Round-14 findings from reading whole reports on corpora of other shapes (10kGNAD German,
ABC headlines, Reuters-21578), each on invented data."""
import warnings

import pandas as pd
import pytest

from analysis.corpus.loading import CorpusError, load_corpus


def _load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(path, **kw)


def _problems(corpus):
    return pd.DataFrame(corpus.attrs.get("problems", []))


@pytest.mark.parametrize("name", ["headline_text", "ArticleText", "Story Text", "news_body"])
def test_a_table_whose_one_text_column_has_a_compound_name_loads(tmp_path, name):
    # the ABC "million news headlines" export has the columns publish_date,headline_text: the
    # report stopped with "no text column 'text'" although the table has one text column
    path = tmp_path / "headlines.csv"
    pd.DataFrame({"publish_date": ["20030219", "20030220"],
                  name: ["council backs new bridge plan", "rain closes harbour for a week"]}
                 ).to_csv(path, index=False)
    c = _load(path)
    assert list(c["text"]) == ["council backs new bridge plan", "rain closes harbour for a week"]
    said = _problems(c)
    assert said["action"].str.contains(f"text read from column '{name}'").any()


def test_two_columns_named_as_text_are_not_guessed_between(tmp_path):
    # guard: two candidate columns (a summary text and a body text) -> no guess, the clear error
    path = tmp_path / "two.csv"
    pd.DataFrame({"summary_text": ["a short summary of it"], "body_text": ["the body of the story"],
                  "n_text": [3]}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match="no text column"):
        _load(path)


def test_a_numeric_column_with_text_in_its_name_is_not_the_text(tmp_path):
    # guard: 'text_length' holds numbers; the only string column is not named as text
    path = tmp_path / "num.csv"
    pd.DataFrame({"headline": ["council backs new bridge plan"], "text_length": [29]}
                 ).to_csv(path, index=False)
    with pytest.raises(CorpusError, match="no text column"):
        _load(path)


# --- B. a notice that the article's text is no longer available is no story text -------------
from analysis.clean.cleaning import classify_document, clean_text  # noqa: E402
from analysis.reuse.detect import text_reuse  # noqa: E402

_NOTICE_DE = ("Der Volltext dieses auf Agenturmeldungen basierenden Artikels steht aus rechtlichen "
              "Gründen nicht mehr zur Verfügung.")


def test_a_withdrawn_text_notice_is_taken_out_of_the_lead_and_said():
    # 10kGNAD: an agency story's lead, then DER STANDARD's notice in the same line
    raw = "Sturm legt Bahnverkehr im Norden lahm – Hunderte Reisende gestrandet. " + _NOTICE_DE
    c = classify_document(raw)
    assert c.text == "Sturm legt Bahnverkehr im Norden lahm - Hunderte Reisende gestrandet."
    assert "no longer available" in c.reasons[0] and "Volltext" in c.reasons[0]


def test_a_line_that_is_only_the_notice_is_boilerplate():
    raw = "Talks stall in Geneva\n\nThis article is no longer available.\n\nDiplomats left early on Friday."
    c = classify_document(raw, title="Talks stall in Geneva")
    i = c.lines.index("This article is no longer available.")
    assert c.labels[i] == "boilerplate" and "no longer available" in c.reasons[i]
    assert "no longer available" not in c.text


def test_documents_that_share_only_the_notice_are_no_copies():
    # twelve different leads, each followed by the same notice: text reuse took them for copies
    leads = ["Explosion in einer Einkaufsstraße in Istanbul fordert vierzig Verletzte.",
             "Obama will das umstrittene Gefangenenlager noch vor Amtsende schließen.",
             "Lebensmittelriese nimmt Fertignudeln aus dem Verkauf, Behörde hält sie für unsicher.",
             "Sechsundvierzig Prozent der Befragten würden derzeit für den Austritt stimmen.",
             "Ermittler durchsuchen die Zentrale der Bank nach Belegen über Geschäfte.",
             "Zahl der irregulären Einreisen nach Griechenland hat sich halbiert."]
    docs = pd.DataFrame({"doc_id": [f"d{k}" for k in range(len(leads))],
                         "text": [clean_text(lead + " " + _NOTICE_DE) for lead in leads]})
    assert not docs["text"].str.contains("Volltext").any()
    reuse = text_reuse(docs)
    assert not reuse["derived"].any(), reuse[["doc_a", "doc_b", "kind"]]


def test_news_sentences_about_availability_stay():
    # guards: the notice must open its sentence and end it; a story's sentence about something no
    # longer available, a quoted notice, and a German sentence about a full text stay
    for raw in ("The drug is no longer available in shops. This article is no longer available to "
                "readers in the EU, the court said.",
                'The spokesman said: "This article is no longer available." He gave no reason.',
                "Der Volltext des Vertrags steht laut Ministerium nicht zur Verfügung, sagte Müller.",
                "Cet article de la loi n'est plus appliqué, a dit le ministre."):
        assert clean_text(raw) == raw, raw


# --- C. a corpus of headlines is not "N independent stories" -----------------------------------
def test_a_corpus_of_headlines_is_not_said_to_be_so_many_independent_stories():
    # ABC headlines: "20,000 documents are **20,000 independent stories**; 20,000 documents have
    # fewer than 25 words ..." asserted in bold a count that no check stands behind
    import analysis
    from analysis.report.narrative import stories_line

    heads = ["police probe death of man in house fire", "council backs merger plan for shire",
             "iraq war protest draws thousands in city", "govt urged to fund rural roads",
             "police probe death of man in house fire"]
    corpus = pd.DataFrame({"doc_id": [f"h{k}" for k in range(5)], "text": heads})
    stories = analysis.story_groups(corpus, analysis.text_reuse(corpus))
    line = stories_line(corpus, stories)
    assert "independent stories**" not in line.split(";")[0]
    assert "all 5 documents have fewer than 25 words" in line and "not known" in line
    # with a few long documents among many short ones, what was compared is said
    story = ("The council voted on Tuesday to build a new bridge over the river, and the mayor said the "
             "work would start in May and end before the winter of next year, at a cost of four million.")
    c2 = pd.concat([corpus, pd.DataFrame({"doc_id": ["s1"], "text": [story]})], ignore_index=True)
    line2 = stories_line(c2, analysis.story_groups(c2, analysis.text_reuse(c2)))
    assert "5 documents of 6 have fewer than 25 words" in line2
    assert "the other 1 document is 1 independent story" in line2


def test_a_corpus_with_a_minority_of_short_items_keeps_its_count_of_stories():
    # guard: the round-13 wording stays when most documents were compared
    import analysis
    from analysis.report.narrative import stories_line

    long = ("The council voted on Tuesday to build a new bridge over the river, and the mayor "
            "said the work would start in May and end before the winter of next year.")
    corpus = pd.DataFrame({"doc_id": list("abc"), "text": [long, long, "Shr 12 cts vs 10 cts"]})
    line = stories_line(corpus, analysis.story_groups(corpus, analysis.text_reuse(corpus)))
    assert line.startswith("3 documents are **2 independent stories**; 1 document has fewer")


# --- D. keyness of a German corpus uses German stop words --------------------------------------
def _german_groups():
    a = ["Die Regierung hat gegen den Plan gestimmt, sagte der Minister in Wien. DIE Partei wurde "
         "nicht gefragt, hatte er gesagt.",
         "Der Landtag hat gegen das Budget gestimmt, sagte die Ministerin. Es wurde nicht beschlossen.",
         "Die Koalition hat gegen die Reform gestimmt, sagte der Kanzler. DAS wurde nicht erwartet."]
    b = ["Rebellen griffen die Stadt an, Soldaten wurden getötet.",
         "Rebellen besetzten den Flughafen, Soldaten flohen.",
         "Rebellen eroberten die Provinz, die Armee zog ab."]
    return pd.DataFrame({"doc_id": [f"d{k}" for k in range(6)], "text": a + b,
                         "grp": ["inland"] * 3 + ["welt"] * 3, "language": ["de"] * 6})


def test_keyness_of_german_documents_leaves_out_german_function_words():
    # 10kGNAD Inland vs International: with the English list 'gegen', 'worden', 'sagte', 'hatte',
    # 'nach', 'ich', 'nicht', 'man' were among the 15 key words of each side
    import analysis
    k = analysis.keyness(_german_groups(), by="grp", target="inland", reference="welt", min_count=2)
    terms = set(k["term"])
    for function_word in ("hat", "gegen", "sagte", "wurde", "nicht", "der", "die", "DIE", "DAS"):
        assert function_word not in terms, function_word
    assert {"gestimmt", "rebellen", "soldaten"} <= terms


def test_keyness_of_english_documents_is_unchanged_by_auto():
    # guard: an English corpus (with or without a language column) gets the news list as before
    import analysis
    c = pd.DataFrame({"doc_id": list("abcd"),
                      "text": ["The US said the WHO plan failed.", "Officials said the plan was late.",
                               "Rebels took the city, the army said.", "Rebels fled the city on Monday."],
                      "grp": ["x", "x", "y", "y"], "language": ["en"] * 4})
    for frame in (c, c.drop(columns="language")):
        auto = analysis.keyness(frame, by="grp", target="x", min_count=1)
        news = analysis.keyness(frame, by="grp", target="x", min_count=1, stop_words="news")
        pd.testing.assert_frame_equal(auto, news)
    assert {"US", "WHO"} <= set(auto["term"])


def test_german_conjunctive_adverbs_are_no_concordance_terms_or_key_words():
    # 10kGNAD: the default concordance terms were "wien, allerdings, menschen"; 'allerdings'
    # (however) is a function word like the English list's 'however', 'moreover', 'nevertheless'
    from analysis.corpus.language import stop_words_for
    from analysis.report.narrative import default_kwic_terms

    words, _ = stop_words_for("de")
    for adverb in ("allerdings", "zudem", "außerdem", "trotzdem", "dennoch", "ebenfalls"):
        assert adverb in words, adverb
    texts = [f"Allerdings kam die Regierung in {city} zusammen. Zudem sprach die Regierung über "
             f"Steuern, allerdings ohne Ergebnis." for city in ("Wien", "Graz", "Linz", "Salzburg")]
    corpus = pd.DataFrame({"doc_id": list("abcd"), "text": texts, "language": ["de"] * 4})
    terms = default_kwic_terms(corpus)
    assert "allerdings" not in terms and "zudem" not in terms and "regierung" in terms
    # guard: content words stay
    assert not {"regierung", "wien", "steuern"} & words

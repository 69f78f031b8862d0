"""Non-English documents in English-only analyses, stop words per language, HTML entities.

Every text here is invented for these tests (German, French and English sentences written for
them); none comes from a corpus.
"""
import json

import numpy as np
import pandas as pd
import pytest

import analysis
from analysis.clean.cleaning import clean_text
from analysis.corpus.html_entities import entity_counts, normalize_entities
from analysis.corpus.language import english_subset, main_language, stop_words_for
from analysis.topics.model import topic_stop_words

GERMAN = [
    "Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt für das kommende Jahr beschlossen.",
    "Die Gewerkschaft fordert mehr Lohn für die Pflegekräfte in den Krankenhäusern der Region.",
    "Nach dem Unwetter waren viele Straßen in der Innenstadt stundenlang gesperrt, berichtete die Polizei.",
    "Die Regierung will die Steuern für kleine Betriebe senken, doch die Opposition hält das für zu teuer.",
]
FRENCH = [
    "Le conseil municipal a voté le budget de la ville après un long débat avec les habitants du quartier.",
    "Les syndicats des cheminots appellent à une nouvelle grève contre la réforme des retraites.",
]
ENGLISH = [
    "The city council approved the budget on Monday after a long debate with residents of the district.",
    "Nurses at the regional hospital voted to strike over pay and staffing levels this winter.",
    "Heavy rain closed several roads in the town centre for hours, the police said.",
    "The finance minister promised lower taxes for small businesses, but critics called the plan too costly.",
    "Farmers in the valley say the dry summer has cut their harvest by almost a third.",
]


def _write_jsonl(path, texts):
    with open(path, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"doc_id": f"d{i:02d}", "text": t}) + "\n")
    return path


# ------------------------------------------------------------------------------------------
# HTML character references


@pytest.mark.parametrize("raw, expected", [
    ("quot;We will appeal,quot; he said.", '"We will appeal," he said.'),
    ("The firm #39;s shares rose.", "The firm's shares rose."),
    ("AT amp;T and Johnson amp; Johnson", "AT &T and Johnson & Johnson"),
    ("She said &amp;quot;no&amp;quot; twice.", 'She said "no" twice.'),
    ("double &amp;amp;quot;escaped&amp;amp;quot;", 'double "escaped"'),
    ("an em dash #151; here, a right quote &#146;s", "an em dash \u2014 here, a right quote \u2019s"),
    ("hex &#x27;quoted&#x27;", "hex 'quoted'"),
    ("Sales &lt;b&gt;rose&lt;/b&gt; in &lt;A HREF=\"http://x.example/a\"&gt;March&lt;/A&gt;.",
     "Sales  rose  in  March ."),
])
def test_normalize_entities_decodes_references_with_and_without_ampersand(raw, expected):
    assert normalize_entities(raw) == expected


@pytest.mark.parametrize("text", [
    "Ticket#39; was closed; see the notes.",     # a '#' glued to a word is not a reference
    "He plays C#; she plays F#.",
    "The quote; the amplifier; the gt40 car.",   # words that merely precede a semicolon
    "No semicolon here at all",
    "She was ranked #1; he was seeded #65; the rest #12;",   # bare numbers that are not punctuation
    "An unknown &foo; name stays.",
])
def test_normalize_entities_leaves_ordinary_text_alone(text):
    assert normalize_entities(text) == text


def test_normalize_entities_keeps_every_line_break():
    raw = "First line &#10; still first\nSecond quot;line quot;\r\nThird"
    out = normalize_entities(raw)
    assert len(out.splitlines()) == len(raw.splitlines()) == 3
    assert out.splitlines()[1] == 'Second "line "'


def test_clean_text_and_load_corpus_decode_entities_and_say_so(tmp_path):
    raw = "Ask Jeeves #39;s chief said the deal was quot;a good fit quot; for AT amp;T customers."
    assert clean_text(raw) == "Ask Jeeves's chief said the deal was \"a good fit \" for AT &T customers."
    path = _write_jsonl(tmp_path / "ents.jsonl", [raw, "Plain text without any reference in it at all."])
    with pytest.warns(analysis.CorpusWarning):
        corpus = analysis.load_corpus(path, detect_language=False)
    assert "quot" not in corpus.loc[0, "text"] and "#39;" not in corpus.loc[0, "text"]
    assert corpus.loc[0, "raw_text"] == raw                    # the raw text stays as read
    problems = pd.DataFrame(corpus.attrs["problems"])
    row = problems[problems["problem"] == "HTML character references in the text"]
    assert len(row) == 1 and "4 in 1 document," in row["action"].iloc[0]
    assert entity_counts([raw]) == {"#39;": 1, "quot;": 2, "amp;": 1}


def test_topic_terms_have_no_entity_names():
    themes = [("Shares of the carmaker jumped after quarterly profit beat forecasts, quot;a strong "
               "quarter,quot; its chief #39;s office said."),
              ("The striker scored twice as the home side won the cup final, quot;a dream night,quot; "
               "the coach #39;s assistant said.")]
    corpus = pd.DataFrame({"doc_id": [f"d{i:02d}" for i in range(40)],
                           "text": [clean_text(themes[i % 2] + f" Story {i}.") for i in range(40)]})
    model = analysis.fit_topics(corpus, k=2, reuse=False)
    assert not {"quot", "39"} & set(model.vocabulary)


# ------------------------------------------------------------------------------------------
# English-only analyses


def test_english_subset_on_a_mixed_corpus_loaded_with_language_detection(tmp_path):
    path = _write_jsonl(tmp_path / "mixed.jsonl", ENGLISH + GERMAN + FRENCH)
    with pytest.warns(analysis.CorpusWarning):
        corpus = analysis.load_corpus(path)
    assert corpus["language"].value_counts().to_dict() == {"en": 5, "de": 4, "fr": 2}
    sub = english_subset(corpus, "the tone model is English-only")
    assert sub.corpus["doc_id"].tolist() == [f"d{i:02d}" for i in range(5)]
    assert sorted(sub.excluded["language"]) == ["de"] * 4 + ["fr"] * 2
    assert sub.note.startswith("**Not scored: 6 of 11 documents** are in other languages (de: 4, fr: 2)")
    assert "the tone model is English-only" in sub.note and "other 5 documents" in sub.note
    # an English-only analysis on the subset never sees the other languages
    scored = analysis.sentence_sentiment(sub.corpus)
    assert set(scored["doc_id"]) <= set(sub.corpus["doc_id"])


def test_english_subset_of_a_corpus_in_another_language_is_empty_and_says_so():
    corpus = pd.DataFrame({"doc_id": list("abcd"), "text": GERMAN, "language": ["de", "de", "de", None]})
    sub = english_subset(corpus, "the date rules are English-only")
    assert sub.corpus.empty and list(sub.corpus.columns) == list(corpus.columns)
    assert set(sub.excluded["language"]) == {"de", "unknown"}     # the undetermined one goes too
    assert "4 of 4 documents" in sub.note and "No document is left" in sub.note
    assert main_language(corpus) == "de"


def test_english_subset_keeps_everything_without_a_language_column_or_when_all_english():
    plain = pd.DataFrame({"doc_id": ["a", "b"], "text": ENGLISH[:2]})
    assert english_subset(plain).note == "" and len(english_subset(plain).corpus) == 2
    tagged = plain.assign(language=["en", "en-GB"])
    assert english_subset(tagged).note == "" and len(english_subset(tagged).corpus) == 2
    with pytest.raises(ValueError, match="doc_id"):
        english_subset(pd.DataFrame({"text": ["x"]}))


def test_events_of_a_mixed_corpus_come_from_english_documents_only():
    corpus = pd.DataFrame({
        "doc_id": ["en1", "de1"],
        "text": ["The talks resumed on 3 March 2021 in Geneva.",
                 "Die Gespräche wurden am 3. März 2021 in Genf fortgesetzt, am Montag auch in Bern."],
        "published": pd.to_datetime(["2021-03-05", "2021-03-05"]),
        "language": ["en", "de"],
    })
    sub = english_subset(corpus, "the date rules are English-only")
    dates = analysis.extract_dates(sub.corpus)
    assert set(dates["doc_id"]) == {"en1"}


# ------------------------------------------------------------------------------------------
# Stop words for the topic model


def test_stop_words_for_languages_with_and_without_a_list():
    de, source = stop_words_for("de")
    assert {"der", "die", "das", "für", "und"} <= de and "stop-words package" in source
    fr, _ = stop_words_for("fr-FR")
    assert {"le", "la", "les", "des"} <= fr
    en, source = stop_words_for(None)
    assert {"the", "said"} <= en and "news words" in source
    none, source = stop_words_for("sw")
    assert none == frozenset() and "no maintained stop-word list" in source


def _german_corpus(n=40, seed=0):
    """Two invented German themes (budget politics, football), function words everywhere."""
    rng = np.random.RandomState(seed)
    function = "der die das für den dem und mit von auf ist sich nicht auch".split()
    themes = [
        "Haushalt Stadtrat Steuern Schulden Finanzen Ausgaben Regierung Opposition Debatte Minister".split(),
        "Mannschaft Trainer Tore Spieler Stadion Meisterschaft Saison Verein Fans Niederlage".split(),
    ]
    texts = []
    for i in range(n):
        words = list(rng.choice(themes[i % 2], 12)) + list(rng.choice(function, 14))
        rng.shuffle(words)
        texts.append(" ".join(words).capitalize() + ".")
    return pd.DataFrame({"doc_id": [f"g{i:02d}" for i in range(n)], "text": texts, "language": ["de"] * n})


def test_topics_on_a_german_corpus_use_german_stop_words_and_say_so():
    corpus = _german_corpus()
    model = analysis.fit_topics(corpus, k=2, reuse=False)
    top = set(model.top_terms(10)["term"])
    assert not top & {"der", "die", "das", "für", "den", "und", "mit", "von"}
    assert "German stop words of the stop-words package" in model.stop_words_note
    # without the language column the English list is used, and German function words lead
    english = analysis.fit_topics(corpus.drop(columns="language"), k=2, reuse=False)
    assert set(english.top_terms(10)["term"]) & {"der", "für", "den", "und"}
    assert "English stop words" in english.stop_words_note


def test_topic_stop_words_for_a_mixed_corpus_and_a_language_without_a_list():
    words, note = topic_stop_words(pd.DataFrame({"language": ["en"] * 8 + ["de"] * 2 + ["sw"] * 2}))
    assert {"the", "der"} <= words
    assert "German stop words" in note and "English stop words" in note
    assert "No maintained stop-word list ships for sw (2 documents)" in note
    words, note = topic_stop_words(pd.DataFrame({"language": ["en"] * 99 + ["fr"]}))
    assert "le" not in words and "fr: 1" in note
    assert "English is assumed" in topic_stop_words(pd.DataFrame({"text": ["x"]}))[1]


def test_capitalised_german_function_words_are_not_kept_as_acronyms():
    from analysis.topics.model import analyze

    german, _ = stop_words_for("de")
    docs, _ = analyze(["DIE REGIERUNG und DAS Parlament stimmen mit den US zu."], stop_words=german)
    assert docs[0] == ["regierung", "parlament", "stimmen", "us"]   # "us" is no German stop word


def test_topic_stop_words_given_by_the_caller():
    corpus = _german_corpus()
    model = analysis.fit_topics(corpus, k=2, reuse=False, stop_words={"der", "die", "das"})
    assert "der" not in model.vocabulary and "für" in model.vocabulary
    assert "given by the caller" in model.stop_words_note
    with pytest.raises(ValueError, match="stop_words"):
        analysis.fit_topics(corpus, k=2, reuse=False, stop_words="german")


def test_english_only_steps_run_on_an_empty_english_subset():
    """A corpus with no English document: the tone, sentence-chart and evidence steps of the
    notebooks run on the empty subset instead of failing (10kGNAD, corpus-runs finding 7)."""
    import matplotlib.pyplot as plt

    from analysis.sentiment.scores import lexicon_words

    corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": GERMAN[:2], "language": ["de", "de"],
                           "published": pd.to_datetime(["2020-01-01", "2020-02-01"])})
    empty = english_subset(corpus, "the tone model is English-only").corpus
    sents = analysis.sentence_sentiment(empty)
    assert sents.empty and lexicon_words(sents["sentence"], collapse=True).empty
    fig = analysis.plots.sentence_sentiment_distribution(sents)
    assert "no sentences to show" in [t.get_text() for t in fig.axes[0].texts]
    plt.close(fig)
    mentions = analysis.actor_mentions(empty)
    assert analysis.evidence(mentions, empty).empty


def test_titles_and_other_metadata_are_decoded_as_the_text_is(tmp_path):
    """AG News titles carry the same lost-'&' references as the text ("Now It #39;s Official");
    a title shown in every table must read as written."""
    import analysis

    path = tmp_path / "items.csv"
    path.write_text('title,text,outlet\n"Now It #39;s Official","The firm #39;s shares rose today.","AT amp;T News"\n',
                    encoding="utf-8")
    corpus = analysis.load_corpus(path)
    assert corpus.loc[0, "title"] == "Now It's Official"
    assert corpus.loc[0, "outlet"] == "AT &T News"
    assert corpus.loc[0, "text"].startswith("The firm's shares rose")

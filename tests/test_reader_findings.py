"""Findings of reading the report as a researcher on public corpora (round 5), on invented input:
prose that said something untrue of the corpus, or pages too long to read."""
import pandas as pd

import analysis
from analysis.report import narrative


def _suggestion(n_actors: int) -> str:
    rows = []
    for i in range(n_actors):
        name = f"Person{i:03d} Example"
        rows += [{"doc_id": f"d{i % 7}", "actor": name, "actor_type": "person", "text": name,
                  "in_dictionary": False, "resolution": "document"}] * 3
    return analysis.suggest_dictionary(pd.DataFrame(rows), min_mentions=3)


def test_a_long_dictionary_suggestion_is_previewed_and_linked_not_printed_whole():
    # MasakhaNEWS: 900 suggested entries printed whole made 04 about 60,000 px long
    yml = _suggestion(300)
    assert yml.count("- name:") == 300
    text = narrative.dictionary_suggestion(yml, "../tables/04_suggested_actors.yml", n=15)
    assert text.startswith("**300 dictionary entries suggested**")
    assert text.count("\n- ") == 15 and "Person000" in text and "Person015" not in text
    assert "(../tables/04_suggested_actors.yml)" in text
    assert len(text.splitlines()) < 25


def test_an_empty_suggestion_says_so():
    empty = analysis.suggest_dictionary(pd.DataFrame(columns=["doc_id", "actor", "actor_type", "text",
                                                              "in_dictionary", "resolution"]))
    assert narrative.dictionary_suggestion(empty).startswith("No dictionary entries suggested")


def test_save_text_writes_the_whole_suggestion_beside_the_tables(tmp_path):
    yml = _suggestion(40)
    path = analysis.save_text(yml, "04_suggested_actors.yml", tmp_path)
    assert path == tmp_path / "tables" / "04_suggested_actors.yml"
    assert path.read_bytes() == yml.encode("utf-8")
    import pytest
    with pytest.raises(ValueError):
        analysis.save_text(yml, "../escape.yml", tmp_path)


def _report(body_chars: int, removed: list[str]):
    rows = [{"doc_id": "a", "line_no": 0, "text": "x" * body_chars, "label": "body"},
            {"doc_id": "b", "line_no": 0, "text": "y" * 50, "label": "body"}]
    rows += [{"doc_id": "a", "line_no": i + 1, "text": t, "label": "boilerplate"} for i, t in enumerate(removed)]
    return pd.DataFrame(rows)


def test_removal_summary_never_says_zero_percent_when_lines_were_removed():
    # MasakhaNEWS: "Removed: 0% of the non-blank characters of the raw text, in 150 lines."
    text = narrative.removal_summary(_report(20_000, ["Follow us on Twitter"] * 3))
    assert "0%" not in text.replace("0.1%", "") and "3 lines in 1 of 2 documents" in text
    assert "0.3%" in text
    tiny = narrative.removal_summary(_report(200_000, ["Ad"]))
    assert "under 0.1%" in tiny


def test_removal_summary_when_nothing_was_removed():
    # AG News: "Removed: 0% ... in 0 lines." above an empty table of examples
    text = narrative.removal_summary(_report(100, []))
    assert text.startswith("Cleaning removed nothing") and "0%" not in text


def test_documents_line_is_prose_not_a_python_dict():
    # "948 documents, 492,746 words after cleaning; dates: {'unknown': 948}"
    c = pd.DataFrame({"n_words": [1200, 800], "date_basis": ["unknown", "unknown"]})
    assert narrative.documents_line(c) == \
        "2 documents, 2,000 words after cleaning; no document has a publication date."
    mixed = narrative.documents_line(c.assign(date_basis=["stated", "metadata"]))
    assert "{" not in mixed and "1 stated in the text" in mixed and "1 from metadata" in mixed


def test_default_concordance_terms_leave_out_the_corpus_languages_stop_words():
    # 10kGNAD: "Concordance terms: sich, eine, auch" (German function words)
    texts = ["Die Regierung will sich auch um eine Reform der Pensionen kümmern.",
             "Eine Reform sei auch für die Regierung nötig, sagte sie, und sie habe sich entschieden.",
             "Auch die Opposition will eine Reform und zeigt sich offen.",
             "Die Regierung hat sich auch eine Frist gesetzt."]
    c = pd.DataFrame({"doc_id": list("abcd"), "text": texts, "language": "de"})
    terms = narrative.default_kwic_terms(c, 2)
    assert not {"sich", "eine", "auch"} & set(terms), terms
    assert terms == ["reform", "regierung"]
    # without a language column (an English corpus) nothing changes
    assert narrative.default_kwic_terms(c.drop(columns="language"), 1) == ["auch"]


def test_front_page_calls_the_loaders_records_notes_and_formats_counts(tmp_path):
    # 10kGNAD: "1028 documents, 378584 words"; "problems while loading: 1031 (..., not English: 1028)"
    from analysis.report.run import _front_page
    summary = {"documents": 1028, "words": 378584, "dated_documents": 0, "first_date": None,
               "last_date": None, "formats": {".csv": 1028}, "load_problems": 1031,
               "load_problems_by_kind": {"no doc_id column": 1, "not English": 1028, "CRLF line ends": 1,
                                         "corpus not in English": 1},
               "fingerprint_sha256": "0" * 64}
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "04_suggested_actors.yml").write_text("actors: []\n")
    (tmp_path / "tables" / "00_documents.csv").write_text("doc_id\n")
    html = _front_page("T", summary, {}, [], tmp_path)
    assert "1,028 documents, 378,584 words after cleaning" in html
    assert "problems while loading" not in html and "notes from loading: 1,031" in html
    assert "not English: 1,028" in html
    assert 'href="tables/04_suggested_actors.yml"' in html and 'href="tables/00_documents.csv"' in html
    summary.update(load_problems=0, load_problems_by_kind={})
    assert "notes from loading: none" in _front_page("T", summary, {}, [], tmp_path)


def test_tone_charts_shade_the_default_scorers_neutral_band():
    # 02 says a sentence is neutral within +-0.125 (the news model) and computes its shares so,
    # but every chart shaded VADER's +-0.05 and coloured dots by it
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from analysis import plots
    from analysis.sentiment.scores import DEFAULT_METHOD, default_threshold
    band = default_threshold(DEFAULT_METHOD)
    assert band == 0.125
    sents = pd.DataFrame({"doc_id": ["a", "a", "b"], "sent_id": [0, 1, 0],
                          "sentence": ["x", "y", "z"], "compound": [0.1, -0.5, 0.3]})
    fig = plots.sentence_sentiment_distribution(sents)
    spans = [p for p in fig.axes[0].patches if p.get_facecolor()[:3] == matplotlib.colors.to_rgb("#EEEEEE")]
    assert spans and abs(spans[0].get_x() + band) < 1e-9 and abs(spans[0].get_width() - 2 * band) < 1e-9
    assert "0.125" in "\n".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))
    plt.close(fig)
    fig = plots.sentence_sentiment_distribution(sents, threshold=0.05)   # VADER scores: say so
    spans = [p for p in fig.axes[0].patches if p.get_facecolor()[:3] == matplotlib.colors.to_rgb("#EEEEEE")]
    assert abs(spans[0].get_width() - 0.1) < 1e-9
    plt.close(fig)


def test_interactive_tone_over_time_of_one_week_is_not_padded_by_a_month():
    # Reuters export (one week, by day): the interactive page padded 30 days on each side
    import re
    from analysis import plots
    g = pd.DataFrame({"published": pd.period_range("1987-02-26", "1987-03-04", freq="D"),
                      "n_documents": 7 * [5], "n_sentences": 7 * [40], "mean_compound": 7 * [0.0],
                      "ci_low": 7 * [-0.1], "ci_high": 7 * [0.1]})
    html = plots.sentiment_over_time_html(g)
    rng = re.search(r'"range":\["(19\d\d-[^"]+)","(19\d\d-[^"]+)"\]', html)
    lo, hi = pd.Timestamp(rng.group(1)), pd.Timestamp(rng.group(2))
    assert (hi - lo) < pd.Timedelta(days=10), (lo, hi)
    assert re.search(r'"y0":-0\.125,"y1":0\.125', html.replace(" ", ""))


def test_quotes_by_speaker_legend_does_not_cover_the_bars():
    # AG News: the legend sat inside the axes over the last bars (and hid its orange swatch)
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from analysis import plots
    names = [f"Speaker{i} Name" for i in range(8)] + ["European Union"]
    q = pd.DataFrame({"doc_id": "a", "quote": "Yes.", "speaker": names * 3,
                      "speaker_actor": ([None] * 8 + ["European Union"]) * 3, "speaker_text": names * 3})
    fig = plots.plot_quotes_by_speaker(q)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    legends = fig.legends + ([fig.axes[0].get_legend()] if fig.axes[0].get_legend() else [])
    assert legends
    box = legends[0].get_window_extent(r)
    bars = [p.get_window_extent(r) for p in fig.axes[0].patches]
    assert bars and not any(box.overlaps(b) for b in bars)
    plt.close(fig)


def test_kept_removed_sample_is_drawn_largest_share_first():
    # MasakhaNEWS: "40 of 948 documents: those with the largest share removed" drawn in corpus
    # order (4%, 4%, 3%, ..., 29%, 3%)
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import warnings
    from analysis import plots
    rows = []
    for i in range(60):
        removed = (i * 37) % 60 + 1          # shares in a scrambled order
        rows += [{"doc_id": f"d{i:02d}", "text": "k" * 100, "label": "body"},
                 {"doc_id": f"d{i:02d}", "text": "r" * removed, "label": "boilerplate"}]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fig = plots.plot_kept_removed(pd.DataFrame(rows), max_docs=10)
    ax = fig.axes[0]
    notes = [t.get_text() for t in ax.texts]            # "  37% removed", one per bar, top first
    ys = [t.get_position()[1] for t in ax.texts]
    shares = [int(n.split("%")[0]) for _, n in sorted(zip(ys, notes), reverse=True)]
    assert len(shares) == 10 and shares == sorted(shares, reverse=True), shares
    plt.close(fig)


def test_no_temporal_expressions_in_a_german_corpus_is_not_said_as_none_found():
    # 10kGNAD: "No temporal expressions found in the 1,028 documents", though none was searched
    empty = pd.DataFrame(columns=["doc_id", "kind", "basis", "granularity", "value", "anchor"])
    de = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.NaT, "language": ["de", "de"]})
    text = narrative.date_expressions_summary(empty, de)
    assert "found" not in text and "English-only" in text and "none of the 2 documents" in text
    mixed = narrative.date_expressions_summary(empty, de.assign(language=["en", "de"]))
    assert "found in the 1 English document;" in mixed and "the other 1 were not searched" in mixed
    en = narrative.date_expressions_summary(empty, de.drop(columns="language"))
    assert en == "No temporal expressions found in the 2 documents."

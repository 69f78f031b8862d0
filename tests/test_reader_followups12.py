"""Round-12 follow-ups of the reader's L3S-GN1 findings (authors that are outlets, the explorer's
actor list, event names of three words), on invented pages and texts."""
import pandas as pd

from analysis.corpus.loading import load_corpus

_BODY = ("<p>The city council voted on Tuesday to close the old bridge to lorries after engineers "
         "found cracks in two of its supports, the council's transport committee said.</p>"
         "<p>Drivers of heavy vehicles will have to use the ring road from next month, and the "
         "repairs are expected to take most of the year, according to the committee's report.</p>"
         "<p>Shopkeepers near the bridge said they feared the closure would keep customers away "
         "during the busiest weeks before the holidays, but most welcomed the repairs.</p>")


def _page(author, site=None):
    # the author as the IHT page of L3S-GN1 writes it: a block of its own above the story
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    return (f"<html><head><title>Bridge closed to lorries</title>{meta}</head><body>"
            f'<article><h1>Bridge closed to lorries</h1><div id="author">{author}</div>{_BODY}'
            f"</article></body></html>")


def _load(tmp_path, pages):
    for name, html in pages.items():
        (tmp_path / f"{name}.html").write_text(html, encoding="utf-8")
    return load_corpus(tmp_path).set_index("doc_id")


def test_an_author_field_that_is_a_news_outlet_is_no_author_and_may_give_the_outlet(tmp_path):
    # L3S-GN1: page author fields "Reuters", "AFP", "The Times", "TOM CANAVAN ASSOCIATED PRESS"
    docs = _load(tmp_path, {
        "a": _page("Reuters"),
        "b": _page("AFP", site="The Gazette Online"),
        "c": _page("JANE DOE Associated Press Writer"),
        "d": _page("Kim Wendel"),
        "e": _page("Winnipeg Sun"),
    })
    assert pd.isna(docs.loc["a", "author"]) and docs.loc["a", "outlet"] == "Reuters"
    assert "news outlet" in docs.loc["a", "metadata_note"]            # said, not silent
    assert pd.isna(docs.loc["b", "author"])
    assert docs.loc["b", "outlet"] != "Agence France-Presse"           # the page's own outlet stays
    assert "Agence France-Presse" in docs.loc["b", "metadata_note"]
    assert docs.loc["c", "author"] == "JANE DOE" and docs.loc["c", "outlet"] == "Associated Press"
    # guards: a person stays the author; an outlet the data do not know is not guessed at
    assert docs.loc["d", "author"] == "Kim Wendel"
    assert docs.loc["e", "author"] == "Winnipeg Sun"
    assert "news outlet" not in str(docs.loc["d", "metadata_note"])


def test_the_explorers_actor_list_leaves_out_the_publishers_own_mentions_with_a_note():
    # the report's actor tables leave out "told the BBC" (self_reference); the explorer's actor
    # list still ranked the publisher first
    from analysis.report.explorer import CorpusIndex

    corpus = pd.DataFrame({
        "doc_id": ["a", "b", "c"], "outlet": ["BBC", "BBC", "BBC"],
        "text": ["Ann Lee told the BBC the plan would fail. The BBC asked Ann Lee again.",
                 "Tom Ray told the BBC he would stand. Ann Lee said she would not.",
                 "Ann Lee told the BBC that the vote was close. The BBC said nothing more."],
    })
    index = CorpusIndex.from_corpus(corpus, progress=False)
    m = index.mentions
    assert m["self_reference"].any()                      # the publisher names itself
    assert "BBC" not in index.actors()
    assert index.actors()[0] == "Ann Lee"
    assert "BBC" in index.actor_note() and "publisher itself" in index.actor_note()
    # guards: selecting the publisher by name still finds its rows; without self-references no note
    assert index.select(actor="BBC").counts()["mentions"] == int(m["self_reference"].sum())
    plain = CorpusIndex.from_corpus(corpus.drop(columns="outlet").assign(
        text=lambda d: d["text"].str.replace("the BBC", "Tom Ray", regex=False)), progress=False)
    assert plain.actor_note() is None and "Ann Lee" in plain.actors()


def test_a_three_word_name_with_an_event_noun_after_its_first_word_is_an_event_not_a_person():
    # L3S: "Game Four of Anaheim's Stanley Cup Finals triumph" made a person "Stanley Cup
    # Finals" (the two-word rule of round 12 read only "Stanley Cup", "Davis Cup")
    from analysis.actors.mentions import actor_mentions

    corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "He scored twice in Game Four of Anaheim's Stanley Cup Finals triumph over Ottawa. "
        "Britain's Davis Cup Final defeat came a year later.",
        "Mary Ann Hughes, the coach, said Brooke Shields and Davis Love were at Sydney's "
        "Olympic Park. Ray Dent Smith watched.",
    ]})
    m = actor_mentions(corpus)
    people = set(m.loc[m["actor_type"] == "person", "actor"])
    assert not any(("Cup" in p) or p.startswith("Stanley") or p.startswith("Davis Cup") for p in people), people
    # guards: people of two and three words whose names hold no event noun
    assert {"Mary Ann Hughes", "Brooke Shields", "Davis Love"} <= people, people


def test_the_tone_per_day_count_labels_do_not_overlap_once_the_chart_is_laid_out():
    # L3S tone per day (27 days, Nov 2007 - Jan 2008): the "n docs / n sent." labels were placed
    # before the title, axis labels and legend took their room; the layout then narrowed the axes
    # and "12 docs 224 sent." ran into its neighbour; the two-line note ran off the figure
    import io

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    from analysis.plots.sentiment import sentiment_over_time

    days = list(pd.period_range("2007-12-26", "2008-01-24", freq="D"))
    days = [pd.Period("2007-11-20", "D")] + [d for k, d in enumerate(days) if k % 7 != 3]
    n = len(days)
    docs = [(k * 7) % 13 + 1 for k in range(n)]
    mean = [0.1 * np.sin(k) for k in range(n)]
    g = pd.DataFrame({"published": pd.PeriodIndex(days), "n_documents": docs,
                      "n_sentences": [d * 23 for d in docs], "mean_compound": mean,
                      "ci_low": [m - 0.06 for m in mean], "ci_high": [m + 0.06 for m in mean]})
    fig = sentiment_over_time(g)
    fig.savefig(io.BytesIO(), format="png", dpi=100, bbox_inches="tight")
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    boxes = [t.get_window_extent(renderer) for t in ax.texts if "sent." in t.get_text()]
    assert len(boxes) >= 3
    overlaps = [(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes))
                if boxes[i].overlaps(boxes[j])]
    assert not overlaps, overlaps
    # the title fits the figure's width
    title = ax.title.get_window_extent(renderer)
    assert title.x0 >= 0 and title.x1 <= fig.bbox.width, (title, fig.bbox)
    plt.close(fig)

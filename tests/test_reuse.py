"""text_reuse: copies and rewrites are derived; independent reports of the same event are not."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

from analysis.reuse.detect import story_groups, text_reuse
from conftest import build_corpus

WIRE = """HELSINKI - Finnish Prime Minister Aino Lahtinen and Estonian Prime Minister Kaarel Tamm agreed on Thursday to share naval patrols over the Balticconnector gas pipeline and two data cables damaged last month, officials said.

The two leaders met for three hours at the Kesaranta residence in Helsinki, their first meeting since the outage cut Estonia's gas imports by 40 percent.

"We will not leave critical infrastructure on the seabed unguarded," Lahtinen told reporters after the talks.

Investigators believe a Hong Kong-flagged container ship, the Polar Dawn, dragged its anchor for more than 180 kilometres across the seabed on October 8.

Tamm said Estonia would contribute two minehunters and a coastguard vessel to the patrols from December 1.

The agreement also sets up a joint repair fund of 25 million euros, to be financed equally by both governments.

China's foreign ministry has said it is cooperating with the investigation but rejected suggestions that the damage was deliberate.

Repairs to the pipeline are expected to take until April, according to the operator Gasgrid.

Energy prices in both countries rose sharply in the days after the outage, and Estonia drew down its strategic gas reserve for the first time.

The leaders will present the plan to fellow Nordic and Baltic governments at a meeting in Riga next week."""

# the same wire copy carried by another site, with its own furniture around it
COPY = "Baltic leaders agree cable patrols\n\nBy Staff and Agencies\n\n" + WIRE + "\n\nShare this article"

# a near copy: a sentence dropped, a few words changed, spellings Americanized, one line added
NEAR = (WIRE.replace("kilometres", "kilometers")
        .replace("agreed on Thursday", "agreed Thursday")
        .replace("rose sharply", "climbed steeply")
        .replace("China's foreign ministry has said it is cooperating with the investigation but "
                 "rejected suggestions that the damage was deliberate.\n\n", "")
        + "\n\nThe Finnish navy declined to comment on the number of ships involved.")

# a paraphrase: every sentence reworded, some merged or split, facts kept, order mostly kept
REWRITE = """Helsinki and Tallinn will jointly patrol the waters above the damaged Balticconnector pipeline and two communications cables, after their prime ministers met on Thursday.

Finland's Aino Lahtinen hosted Estonia's Kaarel Tamm at her official residence, Kesaranta, for three hours of talks. It was the pair's first meeting since last month's outage, which reduced Estonian gas imports by 40 percent.

Speaking to journalists afterwards, Lahtinen promised that critical infrastructure lying on the seabed would no longer be left without protection.

According to investigators, the Polar Dawn, a container vessel sailing under a Hong Kong flag, dragged its anchor along the sea floor for over 180 kilometers on 8 October.

From 1 December, Estonia is to send two minehunters and one coastguard ship to join the patrols, Tamm said.

Both governments will pay in equal shares into a new repair fund worth 25 million euros.

Beijing says its foreign ministry is helping the investigation, while rejecting any suggestion that the damage was deliberate.

Gasgrid, which operates the pipeline, expects the repairs to last until April.

After the outage, energy prices jumped in both countries. Estonia had to draw on its strategic gas reserve for the first time ever.

Next week in Riga, the two leaders will take the plan to the other Nordic and Baltic governments."""

# independent reporting of the same meeting: same people, same day, same subject
INDEPENDENT = """TALLINN - Estonian Prime Minister Kaarel Tamm returned from Helsinki on Thursday evening saying his government had secured the help it wanted after weeks of anxiety over energy supplies.

In an interview with Estonian public radio, Tamm described the meeting with his Finnish counterpart Aino Lahtinen as "businesslike and warm".

Opposition leader Mart Kivi criticised the deal, arguing that Estonia's navy is too small to sustain long patrols over the pipeline in winter.

Households in Tartu and Narva have complained about heating bills that doubled in October, and the government has promised targeted support.

Analysts at the International Centre for Defence and Security in Tallinn said the incident exposed how little is known about traffic over the seabed.

"Sensors on the cables themselves would tell us far more than ships on the surface," said researcher Liis Org.

The parliament in Tallinn is expected to debate the costs of the patrols next month.

Estonia's gas storage at Incukalns, in Latvia, holds enough reserves for the winter, the economy ministry said."""

# another outlet's own story on the same plan: shares facts (ship, pipeline, fund) but not text
INDEPENDENT2 = """STOCKHOLM - Sweden's defence ministry welcomed the Finnish-Estonian patrol plan on Thursday but said it would not yet commit its own vessels.

The plan, announced in Helsinki by prime ministers Aino Lahtinen and Kaarel Tamm, follows damage to the Balticconnector pipeline in October.

Swedish defence minister Erik Lindqvist said Stockholm was "studying the proposal closely" and would discuss it with NATO allies.

Naval analysts say anchors dragged by merchant ships are among the most common causes of cable faults worldwide, accounting for roughly a third of incidents.

Sweden had its own scare in 2022 when cables off Gotland were cut, although no link to a state actor was ever established.

The Polar Dawn, the ship suspected in the October incident, is currently anchored off Arkhangelsk in Russia.

Insurers have raised premiums for vessels crossing the Gulf of Finland since the outage, shipping brokers in Stockholm said."""

FOOTBALL = """Rovers came from two goals down to beat Albion 3-2 at Meadow Park on Saturday, with substitute Tomas Berg scoring the winner in stoppage time.

Albion had led through a penalty from captain Owen Pryce and a header by Jamal Essien before half-time.

Manager Claire Hughes said her side had "refused to accept defeat" and praised the travelling fans.

The result lifts Rovers to fourth in the table, two points behind the play-off places, with eleven matches left."""

COUNCIL = """Westbrook council will close two public libraries and cut bus subsidies under a budget approved on Tuesday night after a four-hour debate.

Council leader Priya Nandra said the authority faced a shortfall of 9.5 million pounds because of rising social care costs.

Campaigners protested outside the town hall, holding placards calling for the libraries in Eastfield and Marsh Lane to be saved.

The budget also raises council tax by 4.99 percent, the maximum allowed without a local referendum."""


def corpus(**docs) -> pd.DataFrame:
    return build_corpus(*docs.values(), ids=list(docs))


@pytest.fixture(scope="module")
def result():
    c = corpus(wire=WIRE, copy=COPY, near=NEAR, rewrite=REWRITE, indep=INDEPENDENT,
               indep2=INDEPENDENT2, football=FOOTBALL, council=COUNCIL)
    return text_reuse(c)


def pair(res, a, b):
    hit = res[((res.doc_a == a) & (res.doc_b == b)) | ((res.doc_a == b) & (res.doc_b == a))]
    return None if hit.empty else hit.iloc[0]


def test_columns(result):
    assert list(result.columns[:5]) == ["doc_a", "doc_b", "similarity", "shared_passages", "derived"]
    assert result["derived"].dtype == bool
    assert result["similarity"].between(0, 1).all()


@pytest.mark.parametrize("other", ["copy", "near"])
def test_copies_are_derived_copies(result, other):
    row = pair(result, "wire", other)
    assert row is not None and row.derived
    assert row.kind == "copy"
    assert row.verbatim > 0.5


def test_paraphrase_is_a_derived_rewrite(result):
    row = pair(result, "wire", "rewrite")
    assert row is not None and row.derived
    assert row.kind == "rewrite"
    assert row.verbatim < 0.3  # it is not a copy: the detection rests on the alignment
    assert row.similarity >= 0.6
    assert "Polar Dawn" in row.shared_passages


def test_rewrite_of_a_copy_is_derived_too(result):
    # copies of one story are all derived from each other
    for a, b in [("copy", "near"), ("copy", "rewrite"), ("near", "rewrite")]:
        row = pair(result, a, b)
        assert row is not None and row.derived, (a, b)


@pytest.mark.parametrize("indep", ["indep", "indep2"])
@pytest.mark.parametrize("other", ["wire", "copy", "near", "rewrite"])
def test_independent_report_of_the_same_event_is_not_derived(result, indep, other):
    row = pair(result, indep, other)
    assert row is None or not row.derived


def test_independent_reports_are_not_derived_from_each_other(result):
    row = pair(result, "indep", "indep2")
    assert row is None or not row.derived


def test_unrelated_stories_are_not_reported(result):
    for doc in ["football", "council"]:
        assert not ((result.doc_a == doc) | (result.doc_b == doc)).any()


def test_sorted_and_deterministic(result):
    assert result["similarity"].is_monotonic_decreasing
    c = corpus(wire=WIRE, copy=COPY, near=NEAR, rewrite=REWRITE, indep=INDEPENDENT,
               indep2=INDEPENDENT2, football=FOOTBALL, council=COUNCIL)
    again = text_reuse(c)
    pd.testing.assert_frame_equal(result, again)


def test_row_order_does_not_matter(result):
    c = corpus(council=COUNCIL, rewrite=REWRITE, indep2=INDEPENDENT2, near=NEAR, wire=WIRE,
               football=FOOTBALL, indep=INDEPENDENT, copy=COPY)
    shuffled = text_reuse(c)
    pd.testing.assert_frame_equal(result, shuffled)


def test_symmetric_pairs_listed_once(result):
    keys = [tuple(sorted(p)) for p in zip(result.doc_a, result.doc_b)]
    assert len(keys) == len(set(keys))
    assert (result.doc_a != result.doc_b).all()


def test_earlier_publication_is_doc_a():
    c = corpus(z_wire=WIRE, a_rewrite=REWRITE)
    c["published"] = pd.to_datetime(["2023-11-02", "2023-11-03"])
    res = text_reuse(c)
    assert (res.iloc[0].doc_a, res.iloc[0].doc_b) == ("z_wire", "a_rewrite")
    c["published"] = pd.to_datetime(["2023-11-03", "2023-11-02"])
    assert text_reuse(c).iloc[0].doc_a == "a_rewrite"


def test_lsh_path_agrees_with_exact_path(result):
    # force MinHash/LSH candidate generation on the small corpus
    c = corpus(wire=WIRE, copy=COPY, near=NEAR, rewrite=REWRITE, indep=INDEPENDENT,
               indep2=INDEPENDENT2, football=FOOTBALL, council=COUNCIL)
    lsh = text_reuse(c, exact_below=0)
    derived = lambda r: {tuple(sorted(p)) for p in zip(r.doc_a[r.derived], r.doc_b[r.derived])}
    assert derived(lsh) == derived(result)


def test_empty_short_and_missing_texts_do_not_crash():
    c = corpus(a="", b="Short note.", c=WIRE, d=WIRE, e=None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        res = text_reuse(c)
    assert len(res) == 1 and res.iloc[0].derived
    assert res.attrs["skipped"] == ["a", "b", "e"]
    empty = text_reuse(corpus())
    assert empty.empty and list(empty.columns[:5]) == ["doc_a", "doc_b", "similarity",
                                                       "shared_passages", "derived"]


def test_bad_input():
    with pytest.raises(ValueError, match="doc_id"):
        text_reuse(pd.DataFrame({"text": ["x"]}))
    with pytest.raises(ValueError, match="unique"):
        text_reuse(corpus(a=WIRE).pipe(lambda d: pd.concat([d, d])))


TEMPLATE_A = ("Harbor City Water Authority is selling 40 million dollars of revenue bonds due June 1, 2031, "
              "priced at 99.5 and paying 4.25 percent, lead underwriter Pine Street Securities said.\n\n"
              "The bonds are available in denominations of 5,000 dollars and will be listed in Chicago. "
              "The payment date is June 3.\n\nFees total 1.5 percent, of which the selling concession "
              "is one percent, while management and underwriting share the rest.")
TEMPLATE_B = ("Lakeside County Transit Board is selling 75 million dollars of revenue bonds due March 15, 2029, "
              "priced at 100.25 and paying 3.75 percent, lead underwriter Morrow Brothers said.\n\n"
              "The bonds are available in denominations of 5,000 dollars and will be listed in Chicago. "
              "The payment date is March 18.\n\nFees total 1.25 percent, of which the selling concession "
              "is 0.75 percent, while management and underwriting share the rest.")


def test_same_template_with_other_names_and_figures_is_not_derived():
    res = text_reuse(corpus(a=TEMPLATE_A, b=TEMPLATE_B), candidate_threshold=0.05)
    assert res.empty or not res.derived.any()
    # ... while the same notice carried twice is
    res = text_reuse(corpus(a=TEMPLATE_A, b=TEMPLATE_A.replace("said", "announced")))
    assert res.derived.all() and len(res) == 1


def test_bundled_corpus_smoke():
    """The bundled rewrite (002 paraphrases the wire story in 001) is found, nothing else is derived."""
    import analysis

    res = text_reuse(analysis.load_corpus())
    derived = res[res.derived]
    assert len(derived) == 1
    row = derived.iloc[0]
    assert {row.doc_a[:3], row.doc_b[:3]} == {"001", "002"} and row.kind == "rewrite"


def test_story_groups_count_each_story_once():
    from analysis import story_groups

    corpus = pd.DataFrame({
        "doc_id": ["wire", "rewrite", "copy", "solo", "undated"],
        "text": ["a b c", "a b c d", "a b c", "x y", "a b"],
        "published": pd.to_datetime(["2020-05-02", "2020-05-01", "2020-05-03", "2020-05-01", None]),
    })
    pairs = pd.DataFrame({"doc_a": ["rewrite", "wire", "solo"], "doc_b": ["wire", "copy", "undated"],
                          "derived": [True, True, False]})
    g = story_groups(corpus, pairs)
    assert g["doc_id"].tolist() == corpus["doc_id"].tolist()
    # chained pairs form one story; its earliest version represents it
    assert g.set_index("doc_id").loc[["wire", "rewrite", "copy"], "story"].unique().tolist() == ["rewrite"]
    assert g.groupby("story")["weight"].sum().round(9).eq(1).all()
    assert g["representative"].sum() == 3  # rewrite's story, solo, undated (not derived)
    assert g.set_index("doc_id").loc["undated", "n_versions"] == 1
    with pytest.raises(ValueError, match="reuse table needs"):
        story_groups(corpus, pairs.drop(columns="derived"))


def test_story_groups_bad_input_is_visible():
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": ["x", "y"]})
    pairs = pd.DataFrame({"doc_a": ["a", "a"], "doc_b": ["b", "zz"], "derived": [True, True]})
    with pytest.warns(UserWarning, match="1 derived pair"):
        g = story_groups(corpus, pairs)
    assert g["story"].tolist() == ["a", "a"]
    with pytest.raises(ValueError, match="unique"):
        story_groups(pd.concat([corpus, corpus]), pairs.iloc[:1])
    with pytest.raises(ValueError, match="doc_id"):
        story_groups(corpus.rename(columns={"doc_id": "id"}), pairs)

"""Round 15 (helper dates3): newswire forms found on the Reuters TIMEX3 set, part a
(benchmarks/data/timex_newswire.tsv); invented sentences, written before the code changes."""
import pandas as pd

from analysis import extract_dates


def values(text, anchor="2025-03-13"):
    d = extract_dates(pd.DataFrame({"doc_id": ["x"], "text": [text], "published": pd.to_datetime([anchor])}))
    return dict(zip(d["text"], d["value"]))


def test_ed_verb_after_a_pronoun_or_a_name_is_the_clause_verb():
    # 2025-03-13 is a Thursday: the verb is past, so Saturday is the one before
    assert values("On Saturday they launched rockets at the port.") == {"Saturday": "2025-03-08"}
    assert values("On Friday the government of President Ruiz introduced price controls.") == {"Friday": "2025-03-07"}
    # false friends: an adjective before its noun, and a sentence's first two capitalised words
    assert values("The armed forces will parade on Saturday.") == {"Saturday": "2025-03-15"}
    assert values("General Motors preferred shares will be redeemed on Saturday.") == {"Saturday": "2025-03-15"}


def test_participle_after_a_comma_is_not_the_verb_of_the_day_before_it():
    assert values("Trading will begin on June 26, led by the September contract.", "2025-04-02")["June 26"] == "2025-06-26"
    # inside the participle's own clause it is the verb
    v = values("The delay of the mission, caused by sensor failures in December, means the launch will slip.", "2008-06-01")
    assert v["December"] == "2007-12"
    # a finite past before "by" stays past
    assert values("Prices rose by 5 pct on May 5, led by banks.", "2025-06-02")["May 5"] == "2025-05-05"


def test_range_end_after_from():
    v = values("The plant will be closed from March 9 to 23.", "2025-03-05")
    assert v == {"March 9": "2025-03-09", "23": "2025-03-23"}
    assert values("The show runs from March 9 through 12 in Paris.", "2025-03-05")["12"] == "2025-03-12"
    # an amount after "to", and no "from": no day
    assert values("Prices rose from March 9 to 23 pct.", "2025-03-05") == {"March 9": "2025-03-09"}
    assert values("Shares rose 5 pct on March 9 to 23 dlrs.", "2025-03-05") == {"March 9": "2025-03-09"}


def test_future_day_just_before_the_anchor_stays_in_its_year():
    assert values("The firm expects to report results for its March 1 quarter.", "2025-03-12") == {"March 1": "2025-03-01"}
    # three weeks and more back: the future tense moves it to next year, as before
    assert values("The summit will be held on February 19.", "2025-03-12") == {"February 19": "2026-02-19"}


def test_hyphenated_set_adverbs():
    assert values("Interest is paid semi-annually.") == {"semi-annually": "P6M"}
    assert values("The council meets bi-weekly.") == {"bi-weekly": "P2W"}
    # before a noun the cycle adjective stays unannotated, as the closed spelling
    assert values("The semi-annual meeting was held.") == {}


def test_days_one_to_nine_in_words_after_a_month():
    assert values("The offer expires April one.", "1987-03-31") == {"April one": "1987-04-01"}
    assert values("The plan takes effect April one, the officials said.", "1987-03-19") == {"April one": "1987-04-01"}
    # a number word that begins a noun phrase is no day
    assert values("In March two companies merged.", "1987-04-10") == {"March": "1987-03"}
    assert values("In May one of the plants closed.", "1987-06-10") == {"May": "1987-05"}
    # a compound ("three-month") is no day
    assert values("It said the February three-month average rose.", "1987-03-10") == \
        {"February": "1987-02", "three-month": "P3M"}

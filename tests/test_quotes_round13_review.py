"""Round 13 review fixes of the quote speaker rules (fixquotes): "the group said" looks the
group up without scanning the text from its start every time, and a catenative verb takes the
base form of any reporting verb of the lexicons ("was quick to add"); invented texts only."""

from conftest import quotes_of as _quotes, speaker_of as _speaker

from analysis.quotes import extract as ex


# --- "the company said": one scan of the text per head, not one per mention ----------------

class _Counting:
    """A compiled pattern that counts its scans."""

    def __init__(self, pat, counter):
        self.pat, self.counter = pat, counter

    def finditer(self, *args):
        self.counter.append(args[1:])
        return self.pat.finditer(*args)


def _story(n):
    paras = []
    for i in range(n):
        paras.append(f"Acme Fuels, a small family company, will cut {i + 10} jobs. "
                     f"\"We looked at every option,\" the company said.")
    return "\n\n".join(paras)


def test_the_company_is_looked_up_with_one_scan_per_story(monkeypatch):
    calls = []
    orig = ex._described_org_pattern
    monkeypatch.setattr(ex, "_described_org_pattern", lambda head: _Counting(orig(head), calls))
    q = _quotes(_story(12))
    assert (q["speaker"] == "Acme Fuels").sum() == 12
    assert len(calls) == 1      # was one scan from the start of the text for each of the 12 quotes


def test_the_company_is_the_last_one_named_before_the_quote():
    # guard (passed before): a company named after the quote is not its speaker, the last one
    # named before it is
    q = _quotes("Acme Fuels, a small family company, will cut 40 jobs. \"We looked at every option,\" "
                "the company said.\n\nBrantwell Cola, a small family company, will hire 30 people. "
                "\"We are growing,\" the company said.")
    assert _speaker(q, "We looked at every option") == "Acme Fuels"
    assert _speaker(q, "We are growing") == "Brantwell Cola"


# --- the base form of a reporting verb after a catenative verb ("was quick to add") ----------

def test_was_quick_to_add_reports_the_subject():
    q = _quotes("The budget was published on Monday. The minister was quick to add: "
                "\"We will not raise taxes this year.\"")
    assert _speaker(q, "We will not raise taxes") == "the minister"


def test_went_on_to_warn_reports_the_subject():
    q = _quotes("Union leader Jo Okafor went on to warn that the strike would be \"only the beginning\".")
    assert _speaker(q, "only the beginning") == "Jo Okafor"


def test_declined_to_add_is_no_report():
    # guard: a negative catenative reports no words
    q = _quotes("The budget was published on Monday. The minister declined to add: "
                "\"We will not raise taxes this year.\"")
    assert q[q["quote"].str.startswith("We will not raise")]["speaker"].isna().all()


def test_a_base_form_without_a_catenative_is_no_cue():
    # guard: "add" is a cue only after a catenative verb ("the new rules add ...")
    q = _quotes("Farmers are angry. The new rules add \"mountains of red tape\" to every sale.")
    assert q[q["quote"].str.startswith("mountains")]["speaker"].isna().all()


def test_a_catenative_in_a_reported_clause_keeps_the_reporting_verb():
    # guard: "She said she chose to write about it because it was "..."": she said the words
    q = _quotes("Ann Lowe wrote a novel about a pandemic. She said she chose to write about her "
                "illness because it was \"a strange existential moment\".")
    row = q[q["quote"].str.startswith("a strange existential")].iloc[0]
    assert row["speaker"] == "Ann Lowe" and row["cue"] == "said"


def test_the_hearer_of_told_is_never_the_speaker():
    # lead, round 13: a relative clause between subject and "told" once gave the newspaper
    import pandas as pd
    from analysis import extract_quotes
    text = ("Harry Redknapp said nothing. The manager, whose side are due to head north on Sunday, told "
            "the Portsmouth News: 'To say a deal has been done is absolute rubbish.'")
    q = extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}))
    assert list(q["speaker"]) == ["Harry Redknapp"]
    q = extract_quotes(pd.DataFrame({"doc_id": ["b"], "text": ['"It is over," said Jane Doe, the mayor.']}))
    assert list(q["speaker"]) == ["Jane Doe"]

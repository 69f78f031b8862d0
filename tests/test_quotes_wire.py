"""Quote speakers in newswire copy (issue 13, round 12, wirespk): rules of wire attribution
style, on invented texts."""
import warnings

import pandas as pd

import analysis


def _speakers(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return {r["quote"][:20]: (r["speaker"], r["speaker_actor"]) for r in q.to_dict("records")}


def _name(pair):
    speaker, actor = pair
    return actor if isinstance(actor, str) and actor else speaker


# ---------------------------------------------------------------- "X's statement said"
def test_possessive_statement_owner_speaks():
    s = _speakers('Harlow Mining Ltd rejected the bid on Monday.\n\n'
                  'Harlow\'s statement said the offer "grossly undervalues the company and its reserves" '
                  'and urged holders to wait.\n\n'
                  'It said the bid "relies on tax breaks that may never come."')
    assert _name(s["grossly undervalues t"[:20]]) in ("Harlow", "Harlow Mining Ltd")   # was "Harlow's statement"
    assert _name(s["relies on tax breaks "[:20]]) in ("Harlow", "Harlow Mining Ltd")


def test_possessive_letter_of_a_person():
    s = _speakers('Senator Tom Brandt wrote to the agency last week.\n\n'
                  'Brandt\'s letter said the rules were "a burden on every small farm in the state."')
    assert _name(s["a burden on every sm"]) == "Tom Brandt"


def test_possessive_person_noun_in_ent_is_still_a_person():
    # guard: "-ent" nouns that are people ("the firm's president", "the minister's agent")
    s = _speakers('Kell Foods Inc named a new chief on Monday.\n\n'
                  'The company\'s president said the deal was "a very good fit for both of us."')
    assert _name(s["a very good fit for "]) == "the company's president"


def test_unnamed_possessive_statement_names_nobody():
    # guard: "the company's statement" has no named owner
    s = _speakers('The company\'s statement said the plan was "a step in the right direction for all of us."')
    speaker, actor = s["a step in the right "]
    assert not (isinstance(actor, str) and actor)
    assert not str(speaker)[:1].isupper()


def test_unnamed_owner_statement_is_not_the_last_organisation():
    # guard: "the government's statement" is no statement of the company named before it
    s = _speakers('Harlow Energy will take over the supplier.\n\n'
                  'Harlow will keep the brand "for a transitionary period", the government\'s statement said.')
    speaker, actor = s["for a transitionary "]
    assert "Harlow" not in str(speaker) and "Harlow" not in str(actor)


# ---------------------------------------------------------------- "the report said"
def test_the_report_is_its_named_authors_words():
    s = _speakers('The Harwell Commission report criticised the agency staff.\n\n'
                  '"They were not energetic in protecting the minister," the report said.')
    assert _name(s["They were not energe"]) == "Harwell Commission"


def test_in_a_report_the_institute_said():
    s = _speakers('In a report the Bremen institute said the export outlook had not worsened.\n\n'
                  '"The danger that exports will slump appears limited," the report said.')
    assert _name(s["The danger that expo"]) == "Bremen institute"


def test_report_by_an_organisation_then_the_report_stated():
    s = _speakers('A new report by the Lindell Trust concluded that pay was the main reason.\n\n'
                  '"Nursing suffers from staffing shortages," the report stated.')
    assert _name(s["Nursing suffers from"]) == "Lindell Trust"


def test_an_embassy_report_said_names_the_embassy():
    s = _speakers('"Output will rise by four pct this year," a Kenyan Embassy report said.')
    assert _name(s["Output will rise by "]) in ("Kenyan Embassy", "Kenya")


def test_adjective_report_names_nobody():
    # guards: an adjective is no author; a report whose author is not named stays unnamed
    s = _speakers('"Output will rise by four pct this year," a Congressional report said.')
    assert "Congressional" not in str(_name(s["Output will rise by "])).replace("a Congressional report", "")
    s = _speakers('Exports rose, a Japanese report showed.\n\n'
                  '"Output will rise by four pct this year," the report said.')
    assert _name(s["Output will rise by "]) == "the report"


def test_commission_named_after_its_chairman_does_not_take_his_surname():
    # guard: "Tower told reporters" after "the Harwell Commission report said" is the chairman
    s = _speakers('Senator Jon Harwell chaired the Harwell Commission.\n\n'
                  '"They were not energetic," the Harwell Commission report said.\n\n'
                  '"This is a story about people who came up short," Harwell told reporters.')
    assert _name(s["This is a story abou"]) == "Jon Harwell"


# ---------------------------------------------------------------- "attacked X as "...""
def test_criticism_verb_with_as_reports_the_subjects_words():
    s = _speakers('Harlow Corp has attacked the new tax law as "racially discriminatory" and '
                  '"economically wasteful."')
    assert _name(s["racially discriminato"[:20]]) == "Harlow Corp"
    assert _name(s["economically wastefu"]) == "Harlow Corp"
    s = _speakers('The minister dismissed the report as "nonsense from start to finish" on Monday.')
    assert _name(s["nonsense from start "]) == "the minister"


def test_criticism_verb_without_as_reports_nothing():
    # guard: "attacked the "safe zone"" is an attack on a place, not a report of words
    s = _speakers('Rebels attacked the "safe zone" on Monday, officials said.')
    assert all("Rebels" not in str(_name(v)) for v in s.values())


# ---------------------------------------------------------------- titled surname, no given name
def test_titled_surname_that_is_also_a_girls_name_is_no_she():
    s = _speakers('President Shelby angrily described the reports as "despicable fiction."\n\n'
                  'He said the reports had "touched a nerve."')
    assert _name(s["touched a nerve."]) == "Shelby"


def test_full_name_still_takes_the_given_names_gender():
    # guard: a full name's first word is a given name ("Maria Lopez" is a she)
    s = _speakers('Maria Lopez described the reports as "despicable fiction."\n\n'
                  'Tom Hale, her rival, declined to comment.\n\n'
                  '"It touched a nerve," she said.')
    assert _name(s["It touched a nerve"]) == "Maria Lopez"


# ---------------------------------------------------------------- wire company names
def test_long_legal_company_name_with_ticker():
    s = _speakers('Harwell Mining Corp of Western Australia Ltd. <HWM.AX> has attacked the levy as '
                  '"a tax on every miner in the state."')
    assert _name(s["a tax on every miner"]) == "Harwell Mining Corp of Western Australia Ltd"
    s = _speakers('Harlow Mining Ltd <HML.TO> said the offer "grossly undervalues the company."')
    assert _name(s["grossly undervalues "]) == "Harlow Mining Ltd"


# ---------------------------------------------------------------- a double mark for an apostrophe
def test_double_mark_between_word_and_s_is_an_apostrophe():
    text = ('Brazil"s finance minister said the talks were "going well."\n\n'
            '"Brazil is the world"s largest coffee producer," said Ana Souza.')
    s = _speakers(text)
    assert not any(k.startswith("s ") for k in s)      # was 's finance minister said the talks were '
    assert _name(s["going well."]) != ""
    assert _name(s["Brazil is the world\""]) == "Ana Souza"


def test_closing_mark_before_a_word_in_s_still_closes():
    # guard: '"Stop," says Ann' - a closing mark before a space and a word in s is a closing mark
    s = _speakers('"Stop the cuts," says Ann Lowe of the union.')
    assert _name(s["Stop the cuts"]).startswith("Ann Lowe")


def test_the_report_after_author_said_in_a_report():
    s = _speakers('Farm output will grow by just one pct, the Kenyan Embassy said in its annual report.\n\n'
                  '"Growth prospects for agriculture do not look promising," the report says.')
    assert _name(s["Growth prospects for"]) in ("Kenyan Embassy", "Kenya")

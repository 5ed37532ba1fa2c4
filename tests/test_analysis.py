"""Grading: levels by the codebook, evidence, scores, plan types, determinism."""

from __future__ import annotations

import pytest

import planvurdering as pv
from planvurdering.models import THEME_IDS


def _assess(text: str, criteria: pv.Criteria, **kwargs: object) -> pv.Assessment:
    return pv.assess(pv.Plan.from_text(text), criteria, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "theme", "level"),
    [
        # The codebook's own examples.
        ("Kommunen skal legge til rette for at flyktninger kan eie egen bolig.", "bolig", 2),
        (
            "Flyktningetjenesten søker Husbanken om startlån til fem familier per år.",
            "bolig",
            3,
        ),
        (
            "Tiltak: språkpraksis i kommunale virksomheter, ansvar: NAV og voksenopplæringen, "
            "2025.",
            "inkluderende_arbeidsgiver",
            3,
        ),
        ("Kommunen har ingen boligsosial handlingsplan.", "bolig", 0),
        ("Kommunen har ikke utarbeidet en boligsosial handlingsplan.", "bolig", 0),
        # Wrong sense: land use, general recruitment.
        ("Området er avsatt til boligformål i kommuneplanens arealdel.", "bolig", 0),
        (
            "Kommunen skal være en attraktiv arbeidsgiver og rekruttere kvalifisert personell.",
            "inkluderende_arbeidsgiver",
            0,
        ),
        ("Nye boliger skal være integrert i bebyggelsen.", "demografi", 0),
        # Nynorsk.
        (
            "Kommunen skal leggje til rette for at flyktningar kan eige eigen bustad.",
            "bolig",
            2,
        ),
        ("Kommunen har ikkje ein bustadsosial handlingsplan.", "bolig", 0),
        (
            "Vaksenopplæringa skal tilby kveldskurs i norskopplæring to kveldar i veka frå 2025.",
            "sprak",
            3,
        ),
    ],
)
def test_analysis_levels_follow_codebook(
    text: str, theme: str, level: int, criteria: pv.Criteria
) -> None:
    assert _assess(text, criteria).themes[theme].level == level


def test_analysis_evidence_backs_every_level(criteria: pv.Criteria) -> None:
    text = (
        "Flyktningetjenesten søker Husbanken om startlån til fem familier per år.\n\n"
        "Det er ellers lite å si om dette."
    )
    result = _assess(text, criteria)
    for theme in result.themes.values():
        for crit in theme.criteria:
            assert (crit.level > 0) == bool(crit.evidence)
            for piece in crit.evidence:
                assert piece.level <= crit.level
                assert piece.matched and all(m.lower() in piece.text.lower() for m in piece.matched)
    husbanken = next(c for c in result.themes["bolig"].criteria if c.id == "bolig.husbanken")
    assert husbanken.evidence[0].page == 1
    assert "Husbanken" in husbanken.evidence[0].matched


def test_analysis_repetition_does_not_raise_level(criteria: pv.Criteria) -> None:
    once = "Mange flyktninger i kommunen trenger bolig."
    many = "\n\n".join([once] * 30)
    assert (
        _assess(many, criteria).themes["bolig"].level
        == _assess(once, criteria).themes["bolig"].level
    )
    crit = max(_assess(many, criteria).themes["bolig"].criteria, key=lambda c: len(c.evidence))
    assert len(crit.evidence) <= 3


def test_analysis_action_table_row_is_a_measure(criteria: pv.Criteria) -> None:
    text = (
        "Tiltak | Ansvar | Frist\n"
        "Etablere fadderordning for nyankomne flyktninger | Frivilligsentralen | 2026"
    )
    assert _assess(text, criteria).themes["frivillighet"].level == 3


def test_analysis_list_lead_in_gives_partners(criteria: pv.Criteria) -> None:
    text = (
        "Sammen med NAV og næringslivet skal kommunen:\n"
        "- skaffe praksisplasser for flyktninger i introduksjonsprogrammet\n"
        "- kartlegge kompetansen til nyankomne innvandrere"
    )
    assert _assess(text, criteria).themes["arbeidsgiver"].level == 3


def test_analysis_lead_in_commits_to_the_measures_listed(criteria: pv.Criteria) -> None:
    # The lead-in's cooperation is a measure when its items are concrete …
    concrete = (
        "Sammen med NAV og fylkeskommunen skal kommunen:\n"
        "- gi minst 15 flyktninger språkpraksis hvert år fra 2025\n"
        "- kartlegge kompetansen til nyankomne innvandrere innen 2026"
    )
    assert _assess(concrete, criteria).themes["samarbeid"].level == 3
    # … and a goal when they are not.
    vague = (
        "Sammen med NAV og fylkeskommunen skal kommunen:\n"
        "- gi flyktninger bedre oppfølging\n"
        "- styrke kvalifiseringen av nyankomne innvandrere"
    )
    assert _assess(vague, criteria).themes["samarbeid"].level == 2


def test_analysis_theme_level_is_max_and_scores_are_weighted(criteria: pv.Criteria) -> None:
    text = (
        "Flyktningetjenesten søker Husbanken om startlån til fem familier per år. "
        "Kommunen skal legge til rette for at flyktninger kan eie egen bolig."
    )
    result = _assess(text, criteria)
    for theme in result.themes.values():
        levels = [c.level for c in theme.criteria]
        assert theme.level == max(levels)
        total = sum(c.weight for c in theme.criteria if c.applies)
        expected = sum(c.weight * c.level / 3 * 100 for c in theme.criteria if c.applies) / total
        assert theme.score == pytest.approx(expected, abs=0.05)
    applicable = [t for t in result.themes.values() if t.applies]
    expected_plan = sum(t.weight * t.score for t in applicable) / sum(t.weight for t in applicable)
    assert result.score == pytest.approx(expected_plan, abs=0.05)
    assert set(result.themes) <= set(THEME_IDS)
    assert {"demografi", "bolig", "sprak", "arbeidsgiver", "frivillighet"} <= set(result.themes)


def test_analysis_plan_type_limits_what_is_judged(criteria: pv.Criteria) -> None:
    text = "Voksenopplæringen skal tilby norskopplæring på kveldstid fra 2025."
    full = _assess(text, criteria)
    housing = _assess(text, criteria, plan_type="boligsosial_handlingsplan")
    assert full.themes["sprak"].applies
    assert not housing.themes["sprak"].applies
    assert housing.themes["sprak"].level == full.themes["sprak"].level  # still found
    assert any("vurderes ikke" in note for note in housing.notes)
    with pytest.raises(pv.PlanvurderingError, match="Ukjent plantype"):
        _assess(text, criteria, plan_type="romskipsplan")


def test_analysis_is_deterministic(criteria: pv.Criteria) -> None:
    text = (
        "Innvandring står for det meste av befolkningsveksten i kommunen. "
        "Kommunen skal bosette 15 flyktninger årlig i planperioden."
    )
    first = _assess(text, criteria).to_json()
    second = _assess(text, criteria).to_json()
    assert first == second
    assert pv.Assessment.from_json(first).to_json() == first


@pytest.mark.parametrize(
    ("text", "theme", "level"),
    [
        # A wish undercut by a negated «men»-clause is a wish.
        (
            "Voksenopplæringen ønsker å tilby norskkurs på kveldstid, men har ikke "
            "lærerressurser til det, og det er ikke satt av midler i budsjettet.",
            "sprak",
            1,
        ),
        # A hedge is a wish without commitment.
        ("Kommunen bør vurdere om voksenopplæringen kan gi norskkurs på nett.", "sprak", 1),
        # A label sentence after a measure gives it its responsible unit.
        (
            "Tiltak: Velkomstpakke til alle nye innbyggjarar med informasjon om lag og "
            "organisasjonar. Ansvar: kultureininga. Frist: 2025.",
            "frivillighet",
            3,
        ),
        # A negation in a relative clause does not take the finding away.
        (
            "Foreldre med innvandrerbakgrunn som ikke har norskopplæring, skal få tilbud om "
            "norskkurs i barnehagen.",
            "sprak",
            2,
        ),
        # A negation far behind the match is about something else.
        (
            "Kommunale bustader for vanskelegstilte skal liggje nær sentrum, skule og "
            "kollektivtilbod, og ikkje samlast i eitt område.",
            "bolig",
            2,
        ),
        # Another municipality's experience is not this plan's.
        (
            "Nabokommunen har gode erfaringar med språkpraksis for deltakarar i "
            "introduksjonsprogrammet.",
            "sprak",
            0,
        ),
        ("Grong kommune hjelper flyktninger å kjøpe egen bolig med startlån.", "bolig", 0),
        # The past is not this plan's measure.
        (
            "I forrige planperiode hadde kommunen et prosjekt med språkpraksis for flyktninger, "
            "som ble avsluttet i 2019.",
            "sprak",
            0,
        ),
        # Making a plan is a commitment to plan (CODEBOOK), even with a year.
        ("Plan for integrering skal utarbeides i 2026.", "demografi", 2),
        # A programme that only names a group is not the theme.
        (
            "Næringslivet skal gi praksisplasser til deltakere i introduksjonsprogrammet.",
            "sprak",
            0,
        ),
        # A goal with a measurable target is a goal, not a measure.
        (
            "Innen 2028 skal minst 10 prosent av de ansatte i kommunen ha innvandrerbakgrunn.",
            "inkluderende_arbeidsgiver",
            2,
        ),
        # A dated start describes an arrangement: a measure.
        (
            "Fra 2025 har NAV en egen veileder for innvandrere som samarbeider med lokale "
            "arbeidsgivere.",
            "arbeidsgiver",
            3,
        ),
        # Immigrants as another theme's target group are not the demografi theme …
        ("Kommunen skal tilby norskopplæring på kveldstid for innvandrere.", "demografi", 0),
        (
            "Vi vil at frivilligsentralen skal være en inngangsport for innbyggere med "
            "innvandrerbakgrunn.",
            "demografi",
            0,
        ),
        # … unless the sentence is about the population itself.
        (
            "Andelen innvandrere i befolkningen har økt fra 8 til 13 prosent, og innvandrere "
            "bor oftere trangt enn andre.",
            "demografi",
            1,
        ),
        # The programme as a point in time names no theme of its own.
        (
            "Kommunen skal legge til rette for at flyktninger blir boende etter "
            "introduksjonsprogrammet.",
            "sprak",
            0,
        ),
        # A goal for the programme's results is about the programme.
        (
            "Innen 2030 skal minst 70 prosent av deltakerne i introduksjonsprogrammet være i "
            "arbeid eller utdanning.",
            "sprak",
            2,
        ),
        # The state's framework, described, is not the plan's own.
        (
            "IMDi ber kommunene hvert år om å bosette et visst antall flyktninger.",
            "demografi",
            0,
        ),
        # A section looking back is the past.
        (
            "Evaluering av forrige samfunnsdel\nBiblioteket drev en språkkafé for innvandrere "
            "i samarbeid med Røde Kors.",
            "frivillighet",
            0,
        ),
        # A «skal» in a purpose clause is no commitment.
        (
            "Lag og organisasjonar er viktige for at nye innbyggjarar skal bli kjende i bygda.",
            "frivillighet",
            1,
        ),
        # «for å vurdere om» is a measure's purpose, not a hedge.
        (
            "Hvert år i mars går tildelingskontoret gjennom alle leiekontrakter i kommunale "
            "boliger for å vurdere om leietakeren kan kjøpe bolig med startlån.",
            "bolig",
            3,
        ),
        # Husbanken financing a nursing home is not the housing theme.
        (
            "Sykehjemmet finansieres med investeringstilskudd fra Husbanken på 96 mill. kroner.",
            "bolig",
            0,
        ),
        # «Sammen med NAV» in a list's lead-in makes the items cooperation on integration,
        # a measure when the items are concrete.
        (
            "Sammen med næringsforeningen og NAV skal kommunen:\n- skaffe minst ti "
            "praksisplasser for deltakere i introduksjonsprogrammet hvert år",
            "samarbeid",
            3,
        ),
        # A following sentence that points back lends the measure its attributes.
        (
            "Røde Kors driver flyktningguideordningen i kommunen. I 2025 er målet 20 par, og "
            "kommunen gir et driftstilskudd på 60 000 kroner.",
            "frivillighet",
            3,
        ),
        # «vil» with the municipality as subject, also in inverted order, is a goal …
        (
            "I planperioden vil kommunen styrke samarbeidet med NAV om kvalifisering av "
            "flyktninger.",
            "samarbeid",
            2,
        ),
        # … and the firms' wish is not the plan's.
        (
            "Mange bedrifter ønsker hjelp til å rekruttere arbeidskraft fra utlandet.",
            "arbeidsgiver",
            1,
        ),
        # Hotels recruiting abroad are not the municipality as employer.
        (
            "Hotella er heilt avhengige av sesongarbeidarar frå utlandet. Fleire verksemder "
            "melder at dei slit med å rekruttere folk som kan nok norsk.",
            "inkluderende_arbeidsgiver",
            0,
        ),
        # A goal that only names its partners is a goal …
        (
            "Kommunen skal skaffe egnede boliger til flyktningfamilier i hele kommunen, og vil "
            "samarbeide med Husbanken om dette.",
            "bolig",
            2,
        ),
        # … a study commissioned by the council is a commitment …
        (
            "Kommunestyret ber kommunedirektøren greie ut korleis kommunen kan auke delen "
            "tilsette med innvandrarbakgrunn, og leggje fram ei sak innan juni 2025.",
            "inkluderende_arbeidsgiver",
            2,
        ),
        # … and a year in the past is no time frame.
        (
            "Innvandrerrådet ble opprettet i 2019 og gir uttalelser i saker som angår "
            "innvandrere og flyktninger.",
            "frivillighet",
            1,
        ),
        # Labels at the end of a measure under a «Tiltak» heading belong to it.
        (
            "Tiltak 1.3 Kunnskap om arbeidskraftbehovet\nKommunen skal, saman med "
            "fylkeskommunen, kartleggje arbeidskraftbehovet i verksemdene. Kartlegginga skal "
            "brukast når kommunestyret vedtek kor mange flyktningar kommunen skal busetje.\n"
            "Ansvar: Plan og utvikling. Ferdig: 1. juni 2025.",
            "arbeidsgiver",
            3,
        ),
        # … but not a sentence that moves on.
        (
            "Røde Kors driver flyktningguideordningen i kommunen. Samtidig skal kommunen "
            "bygge ny bru innen 2027.",
            "frivillighet",
            1,
        ),
        # A list of challenges describes, even with an action verb in it.
        (
            "Hovedutfordringer:\n- Flere bedrifter mangler fagarbeidere og rekrutterer fra "
            "utlandet.",
            "arbeidsgiver",
            1,
        ),
        # The municipality's own units are the inclusive-employer theme, not employers'.
        (
            "Tiltak | Ansvar | Frist\nHver enhet tar imot én flyktning på arbeidspraksis per "
            "år | Enhetsleder | 2026",
            "arbeidsgiver",
            0,
        ),
        (
            "Tiltak | Ansvar | Frist\nHver enhet tar imot én flyktning på arbeidspraksis per "
            "år | Enhetsleder | 2026",
            "inkluderende_arbeidsgiver",
            3,
        ),
        (
            "Kommunen skal være en god arbeidsgiver for ansatte med innvandrerbakgrunn.",
            "arbeidsgiver",
            0,
        ),
        # «utenlandske kunder» are no immigrants.
        (
            "Mange bedrifter selger til utenlandske kunder, og kommunen vil hjelpe dem inn på "
            "nye markeder.",
            "arbeidsgiver",
            0,
        ),
        # «bosatt etter avtale med IMDi» names the group, it is no cooperation.
        (
            "Kommunen skal ha nok boliger til flyktninger som bosettes etter avtale med IMDi.",
            "samarbeid",
            0,
        ),
        (
            "Kommunen skal ha nok boliger til flyktninger som bosettes etter avtale med IMDi.",
            "bolig",
            2,
        ),
        # A cost key is not population development.
        (
            "Flyktningtjenesten er interkommunal. Utgiftene til tjenesten fordeles etter "
            "folketall.",
            "demografi",
            0,
        ),
        # «familiegjenforening» holds «gjenforening», not «forening».
        (
            "Om lag 300 innbyggere har kommet gjennom familiegjenforening med flyktninger.",
            "frivillighet",
            0,
        ),
        # Property tax on homes and holiday homes is neither housing nor leisure.
        (
            "Eiendomsskatten på boliger og fritidsboliger er 3 promille. Kommunen bosatte 20 "
            "flyktninger i fjor.",
            "bolig",
            0,
        ),
        # A list's lead-in is its last sentence: «innen handel» in the paragraph is no
        # deadline, and a goal in the item that names partners stays a goal.
        (
            "Arbeidsliv\nHandelsnæringen har mange små bedrifter innen handel og bygg. Dette "
            "vil vi:\n- Kommunen skal sammen med NAV sørge for at flere flyktninger får praksis "
            "i lokale bedrifter.",
            "arbeidsgiver",
            2,
        ),
        # A heading is a title, not a statement: it gives context, not a level.
        (
            "Bosetting og integrering\nKommunen skal kjøpe fire boliger til flyktningfamilier "
            "i 2026.",
            "demografi",
            0,
        ),
        # Places in kindergartens and the nursing home are the municipality's own.
        (
            "Kommunen tilbyr minst åtte språkpraksisplasser i året for deltakere i "
            "introduksjonsprogrammet, fordelt på barnehagene og sykehjemmet.",
            "arbeidsgiver",
            0,
        ),
        # A number before the finding's own word is a target: a measure.
        (
            "Voksenopplæringen tilbyr minst åtte språkpraksisplasser i året for deltakere i "
            "introduksjonsprogrammet.",
            "sprak",
            3,
        ),
        # A commitment for immigrants is not a goal about the immigrant population …
        (
            "Biblioteket skal være et sted der flyktninger og arbeidsinnvandrere møter andre.",
            "demografi",
            0,
        ),
        # … one about their staying is.
        (
            "Kommunen skal legge til rette for at arbeidsinnvandrere blir boende i kommunen.",
            "demografi",
            2,
        ),
        # Origin describes the population, even among a private industry's staff.
        (
            "Om lag halvparten av de ansatte i fiskeforedlingen er arbeidsinnvandrere fra Polen "
            "og Litauen.",
            "demografi",
            1,
        ),
        (
            "Om lag halvparten av de ansatte i fiskeforedlingen er arbeidsinnvandrere fra Polen "
            "og Litauen.",
            "inkluderende_arbeidsgiver",
            0,
        ),
        # A council's request is reported, not the plan's own measure.
        (
            "Ungdomsrådet har bedt om at det opprettes en møteplass for ungdom med "
            "innvandrerbakgrunn.",
            "frivillighet",
            1,
        ),
        # Other municipalities" schemes are not this plan's.
        (
            "Flere kommuner i regionen har velkomstpakker på flere språk til nye innbyggere.",
            "frivillighet",
            0,
        ),
        # People settling themselves «etter hvert» is a description, not a dated measure.
        (
            "Mange av arbeidsinnvandrerne har etter hvert bosatt seg fast med familien, og de "
            "utgjør nå en stor del av folketallet.",
            "demografi",
            1,
        ),
        # A commissioned study commits the municipality.
        (
            "Kommunestyret ber kommunedirektøren utrede hvordan kommunen kan øke andelen "
            "ansatte med innvandrerbakgrunn.",
            "inkluderende_arbeidsgiver",
            2,
        ),
        # «mens» parts the population's share from the staff's.
        (
            "Andelen innbyggere med innvandrerbakgrunn er 12 prosent, mens bare 6 prosent av "
            "kommunens ansatte har innvandrerbakgrunn.",
            "demografi",
            1,
        ),
        # A target for sick leave is no knowledge base on immigrants.
        (
            "Det samlede sykefraværet skal ned fra 9,2 prosent til under 7,5 prosent innen "
            "2029. Mange ansatte i hjemmetjenesten er innvandrere.",
            "demografi",
            0,
        ),
        # Settlement tied to labour needs is demografi, not employers.
        (
            "Kommunen skal bosette flyktninger i tråd med anmodningen fra IMDi og se "
            "bosettingen i sammenheng med behovet for arbeidskraft i helse og landbruk.",
            "arbeidsgiver",
            0,
        ),
        # Staff who work with integration are no inclusive-employer measure.
        (
            "Kommunen skal inngå en avtale om felles kompetanseheving for ansatte som arbeider "
            "med integrering.",
            "inkluderende_arbeidsgiver",
            0,
        ),
        # A grant from IMDi funds a measure; it is no cooperation.
        (
            "Tiltak | Ansvar | Frist | Finansiering\nJobbsjansen for hjemmeværende kvinner "
            "med innvandrerbakgrunn, med arbeidspraksis i lokale bedrifter | NAV | 2025–2027 | "
            "Tilskudd fra IMDi",
            "samarbeid",
            0,
        ),
        # The government's strategy is not the plan's goal.
        (
            "Regjeringens integreringsstrategi legger vekt på at flere innvandrere skal komme "
            "i arbeid.",
            "demografi",
            0,
        ),
        # A present-tense verb is a measure only with the municipality, a unit or a named
        # actor as its subject; others doing it is a description.
        (
            "Bedriftene rekrutterer arbeidsinnvandrere fra Polen hvert år.",
            "arbeidsgiver",
            1,
        ),
        (
            "Av de 420 innvandrerne i kommunen leier om lag to tredjedeler boligen sin, og "
            "andelen som bor trangt, er 19 prosent.",
            "bolig",
            1,
        ),
        ("Biblioteket tilbyr språkkafé for flyktninger hver uke.", "frivillighet", 3),
        (
            "Kvar eining tek imot minst éin person med fluktbakgrunn i arbeidstrening kvart år.",
            "inkluderende_arbeidsgiver",
            3,
        ),
        # What was done is a statistic.
        ("Det vart tildelt startlån til 9 hushald med flyktningbakgrunn i 2023.", "bolig", 1),
        # A cooperation that says what it is about («om legevakt») is about that, whatever
        # the sentence before says; a topic of another theme keeps it.
        (
            "Kommunen har bosatt 40 flyktninger siden 2020. Kommunen samarbeider med "
            "nabokommunene om legevakt og brannvesen.",
            "samarbeid",
            0,
        ),
        (
            "Mange flyktninger leier kommunale boliger. Kommunen inngår i 2025 en "
            "samarbeidsavtale med Husbanken om boligsosialt arbeid.",
            "samarbeid",
            3,
        ),
        # A request in the passive is described; an appraisal («krevende å gi») is no act.
        ("Kommunen er anmodet av IMDi om å bosette 20 flyktninger i 2025.", "demografi", 1),
        (
            "Kommunen bosetter få flyktninger, og det er krevende å gi et godt "
            "introduksjonsprogram med så få deltakere.",
            "sprak",
            1,
        ),
        # Revising a plan in an action table is a commitment to plan (2 at most).
        (
            "Tiltak | Ansvar | Frist\nRullere boligsosial handlingsplan med flyktninger som "
            "egen målgruppe | Boligkontoret | 2026",
            "bolig",
            2,
        ),
        # Adult primary school is no language training without an immigrant angle.
        (
            "Voksenopplæringen gir grunnskoleopplæring for voksne som mangler grunnskole.",
            "sprak",
            0,
        ),
        # Neighbouring municipalities by name are partners («@kommunenavn») …
        (
            "Gjennom Hardangerrådet deltek kommunen i prosjektet «Saman om integrering i "
            "Hardanger» saman med Ullensvang, Eidfjord og Ulvik frå 2024 til 2026.",
            "samarbeid",
            3,
        ),
        # … on integration only.
        ("Kommunen samarbeider med Inderøy om vannforsyning og avløp.", "samarbeid", 0),
        # «avtaler med … bedrifter» names employers: no cooperation, whoever is responsible.
        (
            "Tiltak | Ansvar | Frist\nInngå avtaler med minst fem lokale bedrifter om "
            "språkpraksis for flyktninger | NAV og næringssjefen | 2026",
            "samarbeid",
            0,
        ),
        # A plan for integration to be made is demografi 2 at most (CODEBOOK).
        (
            "Plan | Type | Ansvar | Oppstart\nTemaplan for integrering | ny | Kommunalsjef "
            "helse og velferd | 2026",
            "demografi",
            2,
        ),
        # A goal of the previous plan, a status table of what was done, and a projection
        # are no commitments or measures of this plan.
        (
            "Forrige plan hadde som mål å etablere et fast samarbeidsforum mellom kommunen og "
            "innvandrerorganisasjonene.",
            "samarbeid",
            0,
        ),
        (
            "Tiltak | Status\nSamarbeidsavtale med NAV om praksisplassar for flyktningar | "
            "Gjennomført 2020",
            "samarbeid",
            0,
        ),
        (
            "Veksten forutsetter en årlig nettoinnvandring fra utlandet på 150–200 personer.",
            "demografi",
            1,
        ),
        # A share that shall rise to a target is a goal; money that rises is a measure.
        (
            "Delen tilsette med innvandrarbakgrunn skal auke frå 7 til 12 prosent innan 2028.",
            "inkluderende_arbeidsgiver",
            2,
        ),
        (
            "Rammen økes med 1,4 mill. kroner i 2025 til to nye lærerstillinger i "
            "norskopplæring for innvandrere.",
            "sprak",
            3,
        ),
        # Settling refugees «de siste fem årene» is a statistic about a period behind us.
        (
            "Kommunen har de siste fem årene bosatt mellom 15 og 30 flyktninger i året etter "
            "anmodning fra IMDi.",
            "demografi",
            1,
        ),
        # Labour as what immigration brings the population is demografi, not employers.
        (
            "Uten innvandring ville folketallet gått ned. Innvandring dekker også behovet for "
            "arbeidskraft i framtida.",
            "arbeidsgiver",
            0,
        ),
    ],
)
def test_analysis_level_rules(text: str, theme: str, level: int, criteria: pv.Criteria) -> None:
    assert _assess(text, criteria).themes[theme].level == level

"""Norwegian language data for plan text, Bokmål and Nynorsk, as plain constants.

Kept apart from the pipeline code (as spaCy keeps ``spacy/lang/nb/``): the
grading engine reads these sets; nothing here is code.
"""

from __future__ import annotations

# Abbreviations after which a full stop does not end a sentence (lower case).
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    bl.a. f.eks. jf. jfr. ca. nr. mv. m.v. osv. o.l. m.fl. m.m. dvs. d.v.s. evt. ev. pga. p.g.a.
    inkl. ekskl. kap. pkt. tlf. t.o.m. f.o.m. iht. i.h.t. vha. ift. mht. m.h.t. ref. ang. forts.
    kl. st. stk. jan. feb. mar. apr. aug. sep. sept. okt. nov. des. mill. mrd. kr. pr. ant. bla.
    eks. evt. etc. nb. obs. adm. avd. dir. prof. gnr. bnr. fnr. vedr. sml. s. ss. art. tab. fig.
    o.a. m.a. t.d. høvesvis. bl.a o.fl. osb. mellom.a. til.d. t.h. t.v. p.t. a.s. as. sa.
    """.split()
)

# Negation cues: where one governs a match, the plan says the thing is absent.
NEGATION_WORDS: frozenset[str] = frozenset(
    {"ikke", "ikkje", "ingen", "inga", "intet", "aldri", "verken", "korkje", "ingenting"}
)
# Verbs of absence, negating when the municipality or the plan is the subject.
ABSENCE_VERBS: frozenset[str] = frozenset({"mangler", "manglar", "savner", "saknar"})
ABSENCE_SUBJECTS: frozenset[str] = frozenset(
    {"kommunen", "vi", "me", "planen", "kommuneplanen", "planverket", "kommunestyret"}
)
# Words that introduce a clause which takes a negated statement back ("…, men skal …").
CLAUSE_BREAKS: frozenset[str] = frozenset({"men", "mens", "medan", "likevel", "derimot", ";"})

# Level 2: the plan commits to something (goal, strategy, priority).
GOAL_WORDS: frozenset[str] = frozenset(
    """
    skal ska mål målet målene målsetting målsettingen målsetjing målsetjinga delmål hovudmål
    hovedmål strategi strategien strategiar strategier prioritere prioriterer prioritert
    prioriterte prioritering satse satser satsar satsing satsinga satsingen satsingsområde
    ønsker ønskjer ynskjer ønske ynskje vektlegge vektleggje
    """.split()
)
# "vil" is a commitment only with the municipality as subject ("kommunen vil", "vi vil").
WILL_WORDS: frozenset[str] = frozenset({"vil"})
# «ønsker» commits the plan only with the municipality as subject: «flere bedrifter
# ønsker hjelp» is the firms' wish.
WISH_VERBS: frozenset[str] = frozenset({"ønsker", "ønskjer", "ynskjer"})
WILL_SUBJECTS: frozenset[str] = frozenset(
    {"kommunen", "vi", "me", "kommunestyret", "administrasjonen", "fylkeskommunen"}
)
GOAL_PHRASES: tuple[tuple[str, ...], ...] = (
    ("legge", "til", "rette"),
    ("leggje", "til", "rette"),
    ("tilrettelegge",),
    ("arbeide", "for"),
    ("arbeida", "for"),
    ("jobbe", "for"),
    ("arbeide", "aktivt"),
    ("bidra", "til"),
    ("ha", "fokus", "på"),
    ("ha", "merksemd", "på"),
    ("gjennom", "planperioden"),
    # the own council's decision
    ("kommunestyret", "vedtok"),
    ("kommunestyret", "har", "vedtatt"),
    ("kommunestyret", "har", "vedteke"),
    ("bystyret", "vedtok"),
    ("formannskapet", "vedtok"),
)
# Headings and list lead-ins that make the items under them goals or measures.
GOAL_HEADINGS: frozenset[str] = frozenset(
    """
    mål målet målene målsetting målsettinger målsetjingar delmål hovedmål hovudmål strategi
    strategier strategiar satsingsområde satsingsområder satsingsområde prioriteringer
    prioriteringar slik dette vil ønsker
    """.split()
)
MEASURE_HEADINGS: frozenset[str] = frozenset(
    """
    tiltak tiltaka tiltakene handlingsplan handlingsdel handlingsprogram handlingsdelen
    handlingsprogrammet oppfølging oppfølgjing aktiviteter aktivitetar
    """.split()
)

# Phrases that place a statement in today's situation or the past: a description
# (level 1), not a measure, unless the sentence also commits to something.
STATUS_QUO_PHRASES: tuple[tuple[str, ...], ...] = (
    ("i", "dag"),
    # history: «Sidan 2015 har kommunen busett om lag 80 flyktningar»
    ("siden",),
    ("sidan",),
    # statistics dated «per 1. januar 2024»
    ("per", "1."),
    ("pr.", "1."),
    # reported findings: «arbeidsgivere melder at …», «undersøkelsen viser at …»
    ("melder", "at"),
    ("meldar", "at"),
    ("viser", "at"),
    ("syner", "at"),
    ("opplyser", "at"),
    ("fortel", "at"),
    ("forteller", "at"),
    ("peker", "på"),
    ("peikar", "på"),
    ("vedtatt", "av"),
    ("vedteke", "av"),
    ("vedtok",),
    ("per", "i", "dag"),
    ("hittil",),
    ("til", "nå"),
    ("til", "no"),
    ("så", "langt"),
    ("siste", "årene"),
    ("siste", "åra"),
    ("har", "hatt"),
)

# Phrases that place a statement in the past: it counts only if the plan takes
# it up as its own (then the sentence has a commitment of its own).
PAST_PHRASES: tuple[tuple[str, ...], ...] = (
    ("forrige", "planperiode"),
    ("førre", "planperiode"),
    ("forrige", "planperioden"),
    ("førre", "planperioden"),
    ("ble", "avsluttet"),
    ("vart", "avslutta"),
    ("blei", "avslutta"),
    ("forrige", "periode"),
    ("førre", "periode"),
    ("forrige", "plan"),
    ("førre", "plan"),
)
# Headings over a look back («Evaluering av førre samfunnsdel», «Erfaringer fra forrige
# periode», «Status for tiltak i forrige handlingsplan»): what stands under them is the past.
PAST_HEADING_WORDS: frozenset[str] = frozenset({"forrige", "førre", "evaluering", "tilbakeblikk"})
# Headings and lead-ins over a list of challenges («Hovudutfordringar», «Utfordringer:»): its
# items describe the situation (level 1), even when a verb there names an action
# («Mange verksemder … rekrutterer frå utlandet»).
CHALLENGE_HEADINGS: frozenset[str] = frozenset(
    """
    utfordringer utfordringar utfordring hovedutfordringer hovudutfordringar hovedutfordring
    hovudutfordring nåsituasjon nosituasjon
    """.split()
)
# The state's framework, described: what IMDi asks of all municipalities, the law's duties.
# A description of it is not the plan's own (CODEBOOK: «the state … counts only if this
# plan takes it up»).
STATE_FRAMEWORK_PHRASES: tuple[tuple[str, ...], ...] = (
    ("staten", "fastsetter"),
    ("staten", "fastset"),
    ("staten", "bestemmer"),
    ("staten", "avgjer"),
    ("ber", "kommunene"),
    ("ber", "kommunane"),
    ("kommunene", "plikt"),
    ("kommunane", "plikt"),
    ("kommunene", "har", "plikt"),
    ("kommunane", "har", "plikt"),
    ("kommunene", "har", "ansvar"),
    ("kommunane", "har", "ansvar"),
    ("har", "kommunene", "ansvar"),
    ("har", "kommunane", "ansvar"),
    ("anmodning", "til", "kommunene"),
    ("oppmoding", "til", "kommunane"),
    ("pålegger", "kommunene"),
    ("pålegg", "kommunane"),
    ("staten", "dekker"),
    ("staten", "dekkjer"),
    ("oppmoder", "kommunene"),
    ("oppmodar", "kommunane"),
    ("integreringsloven", "krever"),
    ("integreringslova", "krev"),
    ("integreringsloven", "pålegger"),
    ("integreringslova", "pålegg"),
    # («etter integreringsloven» alone is the legal basis of a service: «61 personer i
    # norskopplæring etter integreringsloven»)
    ("ifølge", "integreringsloven"),
    ("i", "følgje", "integreringslova"),
)

# Verbs of making a plan: "utarbeide en integreringsplan" is a commitment to plan.
PLAN_VERBS: frozenset[str] = frozenset(
    """
    utarbeide utarbeider utarbeides utarbeidast rullere rullerer rulleres rullerast revidere
    reviderer revideres reviderast lage lager lages vedta vedtar vedtas
    """.split()
)

# Phrases that name a partner: «Sammen med næringslivet skal kommunen: …».
PARTNER_PHRASES: tuple[tuple[str, ...], ...] = (
    ("sammen", "med"),
    ("saman", "med"),
    ("i", "samarbeid", "med"),
    ("i", "samråd", "med"),
    ("i", "regi", "av"),
)

# Verbs that describe doing something (a measure), present tense and infinitive. «øke»,
# «auke», «styrke» are INCREASE_VERBS: a measure only when money or posts are what grows
# («Rammen økes med 1,4 mill. kroner»); «Delen tilsette med innvandrarbakgrunn skal auke til
# 12 prosent innan 2028» is a goal with a target (CODEBOOK, labelling rule 2).
MEASURE_VERBS: frozenset[str] = frozenset(
    """
    etablere etablerer etablerast etableres opprette oppretter opprettes gjennomføre gjennomfører
    gjennomførast gjennomføres tilby tilbyr tilbys tilbydast utarbeide utarbeider utarbeides
    utarbeidast søke søker søkje søkjer ansette ansetter tilset starte starter
    innføre innfører gi gir gje gjev kartlegge kartlegger kartleggje kartlegg arrangere arrangerer
    lage lager rekruttere rekrutterer tildele tildeler fordele fordeler kjøpe kjøper bygge bygger
    byggje byggjer leie leier formidle formidler formidlar utvide utvider utvida
    tilsetje tilsetjer ta tek tar bosette bosetter busetje busetjer gjennomgå revidere reviderer
    informere informerer sende sender skaffe skaffer
    videreføre viderefører vidareføre vidarefører
    tilsetter
    avsettes avsetjast settes setjast bevilges løyvast prioriteres prioriterast arrangeres
    arrangerast videreføres vidareførast lyses ansettes tilsetjast tilbys tilbydast
    gjennomføres gjennomførast etableres etablerast opprettes opprettast utvides utvidast
    innføres innførast kartlegges kartleggjast gis gjevast tildeles
    tildelast dekke dekker dekkje dekkjer drive driver driv stille stiller sørge sørger
    sørgje syter hjelpe hjelper hjelpa følge følger følgje fylgjer lagar laga busett busetter
    bosetter bosettes tilpasse tilpasser arrangere inviterer invitere invitera kurse kurser
    tilsetter ansetter lyse lyser set setter setje setjer
    startar etablerar opprettar gjennomfører tilbyd utarbeidar søkjer tilset innfører
    kartlegg arrangerar tildeler kjøper byggjer leiger formidlar utvidar aukar tek inngår
    inngå gjennomfører innfører tilbyr
    budsjetterer budsjetteres budsjetterast
    """.split()
)

INCREASE_VERBS: frozenset[str] = frozenset(
    """
    auke øke øker økes aukast styrke styrker styrkes styrkje styrkjer styrkjast
    """.split()
)
# Level 3 attributes: who, when, how much, how many.
# Agencies named with a suffix too («NAV-kontoret», «IMDi-kontoret»): an actor.
AGENCY_STEMS: frozenset[str] = frozenset({"nav", "imdi", "husbanken"})
ACTOR_WORDS: frozenset[str] = frozenset(
    """
    nav imdi husbanken fylkeskommunen ansvaret kommunedirektøren kommunedirektør rådmannen
    rådmann
    kommunalsjef kommunalsjefen ansvar ansvarleg ansvarlig ansvarlege ansvarlige
    flyktningtjenesten flyktningetjenesten flyktningtenesta flyktningkontoret flyktningekontoret
    voksenopplæringen vaksenopplæringa læringssenteret læringssenter introsenteret
    frivilligsentralen frivilligsentral næringsavdelingen næringsavdelinga personalavdelingen
    personalavdelinga hr-avdelingen hr-avdelinga eiendomsavdelingen eigedomsavdelinga
    boligkontoret bustadkontoret tildelingskontoret kulturavdelingen
    kulturavdelinga kultureininga kulturenheten næringshagen næringsforeningen næringsforeininga
    næringsrådet enhetsleder einingsleiar tenesteleiar virksomhetsleder ks skatteetaten udi
    bufetat statsforvalteren kommunalsjef kommunalsjefen biblioteket
    """.split()
)
# A dated start («Fra 2025 har NAV en egen veileder …»): the sentence describes an
# arrangement the plan puts in place, i.e. a measure.
START_WORDS: frozenset[str] = frozenset({"fra", "frå", "f.o.m.", "fom"})
RESPONSIBLE_LABELS: frozenset[str] = frozenset(
    {"ansvar", "ansvarlig", "ansvarleg", "ansvarlige", "ansvarlege", "ansvarsfordeling"}
)
TIME_WORDS: frozenset[str] = frozenset(
    """
    årlig årleg årlige årlege hvert kvart planperioden planperioden planperiode frist innen
    innan halvår kvartal fortløpende fortløpande løpende løpande snarest
    """.split()
)
TIME_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "innen",
        "innan",
        "i",
        "fra",
        "frå",
        "før",
        "til",
        "høsten",
        "våren",
        "hausten",
        "innen/i",
        "fra/med",
        "utgangen",
        "løpet",
        "per",
        "pr.",
    }
)
RESOURCE_WORDS: frozenset[str] = frozenset(
    """
    kr kr. kroner mill mill. millioner million årsverk stilling stillinger stillingar
    stillingsressurs budsjett budsjettet budsjetter budsjettmidler midler midlar
    finansiering finansieres finansierast bevilge bevilger løyve løyver løyvd bevilget tilsagn
    """.split()
)
NUMBER_WORDS: frozenset[str] = frozenset(
    """
    to tre fire fem seks sju syv åtte ni ti elleve tolv femten tjue tretti førti femti hundre
    tusen to-tre tre-fire
    """.split()
)
# Units after a number that make it a measurable target (not a year or a page).
TARGET_UNITS: frozenset[str] = frozenset(
    """
    % prosent prosentpoeng familier familiar personer personar boliger bustader bustadar
    leiligheter leilegheiter plasser plassar praksisplasser praksisplassar lærlinger lærlingar
    lærlingplasser deltakere deltakarar flyktninger flyktningar kurs kvelder kveldar timer
    timar elever elevar ansatte tilsette møter møte samlinger samlingar stk. stykk barn
    ungdommer ungdomar nyankomne nykomne innvandrere innvandrarar husstander hushald
    """.split()
)

# Words that are never evidence terms' parts: short function words that can
# stand inside multi-word terms and are matched exactly.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    og i til av for på med om som ved fra frå å en ein ei et eit den det dei de sammen saman
    mellom gjennom etter under over mot hos hjå
    """.split()
)

# Endings a noun, adjective or verb may take after the term (Bokmål and Nynorsk).
INFLECTION_SUFFIXES: tuple[str, ...] = (
    "",
    "e",
    "en",
    "er",
    "ene",
    "et",
    "a",
    "ar",
    "ane",
    "r",
    "ne",
    "s",
    "es",
    "ens",
    "ets",
    "ers",
    "enes",
    "t",
    "te",
    "de",
    "n",
    "ns",
)
# Nynorsk plural endings after a dropped final -e («ektefell|ar», «nabokommun|ane»).
E_DROP_ENDINGS: frozenset[str] = frozenset({"ar", "ane", "arane"})
# Common short second parts of compounds («innvandrerråd», «startlån», «idrettslag»).
SHORT_COMPOUND_TAILS: frozenset[str] = frozenset(
    {
        "råd",
        "rådet",
        "lag",
        "laget",
        "lån",
        "lånet",
        "hus",
        "huset",
        "tid",
        "tida",
        "tiden",
        "vei",
        "veg",
        "år",
        "året",
        "kor",
        "bok",
        "rom",
        "plan",
    }
)
# Linking letters between the parts of a compound.
LINKING: tuple[str, ...] = ("", "s", "e")
# The shortest second part of a compound that is accepted ("bolig|plan").
MIN_COMPOUND_TAIL = 4
# Prefixes that are not words of their own but open compounds («fleirkulturell»).
BOUND_PREFIXES: frozenset[str] = frozenset(
    {"fler", "fleir", "multi", "tverr", "inter", "u", "mis", "hoved", "hovud", "del"}
    | {"ut", "inn", "opp", "av", "til", "over", "under", "fram", "frem", "gjennom", "om"}
)
# Prefixes that belong to the word after them («gjen|forening», «be|setting»): a term found
# right after one is part of a longer word, not a compound's last part.
INSEPARABLE_PREFIXES: frozenset[str] = frozenset({"gjen", "be", "van", "er"})
# The shortest first part before a term ("utleie|bolig").
MIN_COMPOUND_HEAD = 2
# Terms shorter than this match only as a word or a compound's first part.
MIN_HEAD_TERM = 5

# Nynorsk markers, for telling the written standard of a text.
NYNORSK_MARKERS: frozenset[str] = frozenset(
    """
    ikkje eg dei frå kva korleis kvifor berre mykje noko nokon vere vore vert vart hjå
    heile meir òg ho eit ein ynskjer innbyggjarar innvandrarar busetjing bustad bustader
    frivilligheit fleire saman utfordringar kvar
    """.split()
)
BOKMAL_MARKERS: frozenset[str] = frozenset(
    """
    ikke jeg fra hva hvordan hvorfor bare mye noe noen være vært blir ble hos hele mer
    også hun et en innbyggere innvandrere bosetting bolig boliger frivillighet flere sammen
    utfordringer hver
    """.split()
)

# Named units: a word ending like this is a responsible unit («Flyktningtjenesten»).
UNIT_SUFFIXES: tuple[str, ...] = (
    "tjenesten",
    "tenesta",
    "kontoret",
    "avdelingen",
    "avdelinga",
    "senteret",
    "sentralen",
    "enheten",
    "eininga",
    "etaten",
    "stiftinga",
    "stiftelsen",
    "rådet",
    "utvalget",
    "utvalet",
    "skolen",
    "skulen",
)
# "ikke bare …, men også" is not a negation.
NEGATION_EXCEPTIONS: frozenset[tuple[str, str]] = frozenset(
    {
        ("ikke", "bare"),
        ("ikkje", "berre"),
        ("ikke", "minst"),
        ("ikkje", "minst"),
        ("ikke", "kun"),
        ("ikkje", "einast"),
    }
)
# After a negation these say the thing was not done or is not there («er ikke utarbeidet»).
NOT_DONE_WORDS: frozenset[str] = frozenset(
    """
    utarbeidet utarbeidd utarbeida laget laga vedtatt vedteke etablert opprettet oppretta
    gjennomført prioritert planlagt på plass omtalt omtala nevnt nemnt beskrevet skildra
    behandlet handsama vurdert tatt teke med
    """.split()
)
# "Det finnes ingen …", "Det ligger ikke …": an existential negation.
EXISTENTIAL_VERBS: frozenset[str] = frozenset(
    {"finnes", "fins", "finst", "foreligger", "ligg", "ligger", "eksisterer"}
)
# Words before a number that make it a reference, not a target («kapittel 4», «side 12»).
TARGET_BLOCKERS: frozenset[str] = frozenset(
    {
        "kapittel",
        "kap.",
        "kap",
        "side",
        "s.",
        "sak",
        "paragraf",
        "§",
        "nr.",
        "nr",
        "punkt",
        "pkt.",
        "tabell",
        "figur",
        "fig.",
        "vedlegg",
        "gnr.",
        "bnr.",
        "tiltak",
    }
)

# A negation this many tokens or more after a match is about something else.
NEGATION_REACH = 5
# Sentence subjects that put a statement in another municipality's mouth.
OTHER_MUNICIPALITY_SUBJECTS: frozenset[str] = frozenset(
    {"nabokommunen", "nabokommunene", "nabokommunane", "nabokommunar", "nabokommuner"}
    # the country and the state as subject: national figures and policy, not this plan's
    | {"norge", "noreg", "regjeringen", "regjeringa", "stortinget", "landet"}
    # «Flere kommuner i regionen har …», «Mange kommunar har …»
    | {"kommuner", "kommunar"}
    # the state's own documents as subject («Frivilligheitsmeldinga slår fast at staten …»)
    | {"staten", "departementet", "frivillighetsmeldingen", "frivilligheitsmeldinga"}
    | {"stortingsmeldingen", "stortingsmeldinga", "integreringsstrategien", "regjeringens"}
)
# Hedges: a wish or an option, not a commitment («bør vurdere», «kan være aktuelt»).
HEDGE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("bør",),
    ("vurdere", "om"),
    ("vurdera", "om"),
    ("kan", "vurdere"),
    ("kan", "vurderast"),
    ("kan", "vurderes"),
    ("kan", "være", "aktuelt"),
    ("kan", "vere", "aktuelt"),
    ("hadde", "vore", "ønskjeleg"),
    ("hadde", "vært", "ønskelig"),
    ("er", "ønskelig"),
    ("er", "ønskjeleg"),
)
# Goal words firm enough to outweigh a hedge in the same sentence.
FIRM_GOAL_WORDS: frozenset[str] = frozenset({"skal", "vil"})
# A modal in a purpose clause («… er viktige for at nye innbyggere skal bli kjent»)
# states an aim of something else, not a commitment of the plan.
PURPOSE_MODALS: frozenset[str] = frozenset({"skal", "ska"})
PURPOSE_OPENERS: frozenset[tuple[str, str]] = frozenset(
    {("for", "at"), ("slik", "at"), ("sånn", "at"), ("så", "at")}
)
# «startlån fra Husbanken», «oppmoding frå IMDi»: the agency is a source, not an actor.
SOURCE_PREPOSITIONS: frozenset[str] = frozenset({"fra", "frå", "ifra", "ifrå"})
# Labels that open a sentence giving a measure's attributes («Ansvar: NAV.»).
MEASURE_LABELS: frozenset[str] = frozenset(
    {
        "ansvar",
        "ansvarlig",
        "ansvarleg",
        "frist",
        "tidsramme",
        "tid",
        "oppstart",
        "kostnad",
        "kostnader",
        "budsjett",
        "ressurser",
        "ressursar",
        "finansiering",
        "gjennomføring",
        "periode",
        "partnere",
        "partnarar",
        "samarbeidspartnere",
        "samarbeidspartnarar",
    }
)
# «deltakere i introduksjonsprogrammet» names a group; it is not about the programme.
GROUP_LABEL_STEMS: tuple[str, ...] = ("introduksjonsprogram", "introduksjonsordning")
# «etter (avsluttet) introduksjonsprogrammet»: the programme as a point in time.
TIME_REFERENCE_WORDS: frozenset[str] = frozenset({"etter", "under", "før"})
FINISHED_WORDS: frozenset[str] = frozenset(
    {"avsluttet", "avslutta", "endt", "fullført", "fullførte", "gjennomført"}
)
# «samarbeid om flyktningtjenesten»: a unit named after «om» is the topic, not the actor.
TOPIC_PREPOSITIONS: frozenset[str] = frozenset({"om"})
GROUP_NAMING_WORDS: frozenset[str] = frozenset(
    {"deltaker", "deltakere", "deltakerne", "deltakar", "deltakarar", "deltakarane"}
)
# Month names: «10. desember 2020» is a date, not ten of something.
MONTHS: frozenset[str] = frozenset(
    """
    januar februar mars april mai juni juli august september oktober november desember
    """.split()
)
# A measure verb followed by these is something else («bygger på» = is based on).
# «Deltakerne får tilbud om norskkurs»: an offer made, a measure's verb.
OFFER_PHRASES: tuple[tuple[str, ...], ...] = (
    # money set aside in the budget («er det sett av 4,2 mill. kr til kjøp av …»)
    ("sett", "av"),
    ("satt", "av"),
    ("avsatt",),
    ("får", "tilbud"),
    ("får", "tilbod"),
    ("få", "tilbud"),
    ("få", "tilbod"),
    ("dele", "ut"),
    ("deler", "ut"),
    ("deles", "ut"),
    ("delast", "ut"),
    ("gis", "tilbud"),
    ("gjevast", "tilbod"),
    ("vert", "oppretta"),
    ("blir", "oppretta"),
    ("vert", "etablert"),
    ("blir", "etablert"),
    ("vert", "sett", "i", "gang"),
    ("vert", "det", "oppretta"),
    ("blir", "det", "oppretta"),
    ("blir", "det", "opprettet"),
    ("blir", "det", "etablert"),
    ("vert", "det", "etablert"),
    ("blir", "satt", "i", "gang"),
    ("settes", "i", "gang"),
)
NOT_ACTION_BIGRAMS: frozenset[tuple[str, str]] = frozenset(
    {
        ("bygger", "på"),
        ("byggjer", "på"),
        ("bygge", "på"),
        ("byggje", "på"),
        ("gir", "grunnlag"),
        ("gjev", "grunnlag"),
        # «arbeidsinnvandrarane har busett seg fast»: people settling, not a measure.
        ("busett", "seg"),
        ("bosatt", "seg"),
        ("busette", "seg"),
        ("bosette", "seg"),
        ("bosetter", "seg"),
        ("busetter", "seg"),
        # «skolen gir mulighet for tettere samarbeid»: an opening, not a measure.
        ("gir", "mulighet"),
        ("gir", "muligheter"),
        ("gjev", "moglegheit"),
        ("gjev", "moglegheiter"),
        ("gir", "rom"),
        ("gjev", "rom"),
        ("tar", "utgangspunkt"),
        ("tek", "utgangspunkt"),
        ("søke", "samarbeid"),
        ("søkje", "samarbeid"),
        ("søker", "samarbeid"),
        ("søkjer", "samarbeid"),
    }
)
# Before «fra 2012» these make it the past («planen er fra 2012»), not a dated start.
PAST_BEFORE_START: frozenset[str] = frozenset(
    {"er", "var", "vart", "ble", "blei", "datert", "gjeld", "gjelder", "stammer", "stammar"}
    # a source dated by its year («ei evaluering frå 2023 viser …»)
    | {
        "evaluering",
        "evalueringa",
        "evalueringen",
        "rapport",
        "rapporten",
        "undersøkelse",
        "undersøkelsen",
        "undersøking",
        "undersøkinga",
        "tall",
        "tal",
        "tala",
        "tallene",
        "statistikk",
        "data",
        "vedtak",
        "vedtaket",
        "melding",
        "meldinga",
        "meldingen",
        "kartlegging",
        "kartlegginga",
        "kartleggingen",
        "analyse",
        "analysen",
        "tilbakemelding",
    }
)
# Words by which a sentence points back to the measure before it.
ANAPHORS: frozenset[str] = frozenset(
    """
    dette tiltaket ordningen ordninga prosjektet målet kurset arbeidet avtalen
    avtala tilbudet tilbodet satsingen satsinga
    """.split()
)
# Sentence openings that move on to another subject («Samtidig skal kommunen …»).
TOPIC_SHIFTS: frozenset[str] = frozenset(
    {"samtidig", "dessuten", "videre", "vidare", "ellers", "i tillegg", "i tillegg til"}
)
# Table headers of a list of plans to make («Plan | Type | Oppstart»).
PLAN_LIST_HEADINGS: frozenset[str] = frozenset(
    {"plan", "planer", "planar", "plannavn", "planoppgåve"}
)
PLAN_LIST_TIMES: frozenset[str] = frozenset(
    {"oppstart", "rullering", "revisjon", "revidering", "start", "vedtak", "år", "planlagt"}
)
# A consultation party's view, reported: «IMDi mener planen bør …» is not the plan's.
OPINION_VERBS: frozenset[str] = frozenset(
    {
        "mener",
        "meiner",
        "anbefaler",
        "tilrår",
        "foreslår",
        "føreslår",
        "påpeker",
        "etterlyser",
        "viste",
        "viser",
        "ber",
    }
)
OPINION_HOLDERS: frozenset[str] = frozenset(
    {
        "imdi",
        "nav",
        "husbanken",
        "statsforvalteren",
        "statsforvaltaren",
        "ks",
        "udi",
        "bufetat",
        "høringsinstansen",
        "høyringsinstansen",
        "høringsinstansene",
        "høyringsinstansane",
    }
)
# Goal verbs whose «at»-clause states the goal («bidra til at …», «sikre at …»).
GOAL_CLAUSE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("bidra", "til"),
    ("bidra", "til", "at"),
    ("sikre",),
    ("sikra",),
    ("arbeide", "for"),
    ("arbeida", "for"),
    ("jobbe", "for"),
    ("legge", "til", "rette", "for"),
    ("leggje", "til", "rette", "for"),
    ("sørge", "for"),
    ("syte", "for"),
)
# A study or the council's commission: a commitment, not yet the measure.
STUDY_WORDS: frozenset[str] = frozenset(
    {
        "utrede",
        "utreder",
        "utredes",
        "utredast",
        "utgreie",
        "utgreier",
        "utgreiast",
        "utredning",
        "utgreiing",
    }
)
COMMISSION_PHRASES: tuple[tuple[str, ...], ...] = (
    ("greie", "ut"),
    ("greier", "ut"),
)
# Agencies that, named alone, are partners rather than the unit responsible.
PARTNER_AGENCIES: frozenset[str] = frozenset(
    {
        "nav",
        "imdi",
        "husbanken",
        "fylkeskommunen",
        "statsforvalteren",
        "statsforvaltaren",
        "udi",
        "bufetat",
        "ks",
    }
)
# Simple past: what happened («ble opprettet i 2019»).
PAST_TENSE: frozenset[str] = frozenset({"ble", "blei", "vart", "hadde", "fikk", "fekk", "var"})
# Budget table headers («Investeringer (1000 kr) | 2025 | 2026»): a row with money is a measure.
BUDGET_HEADINGS: frozenset[str] = frozenset(
    {
        "investeringer",
        "investeringar",
        "budsjett",
        "tilskudd",
        "tilskot",
        "kostnad",
        "beløp",
        "driftsmidler",
        "driftsmidlar",
    }
)
INDICATOR_HEADINGS: frozenset[str] = frozenset(
    {
        "indikator",
        "indikatorer",
        "indikatorar",
        "mål",
        "målsetting",
        "status",
        "resultat",
        "resultatmål",
        "måltal",
        "måltall",
    }
)
# A request to the municipality in the passive («Kommunen er anmodet av IMDi om å …»).
PASSIVE_REQUESTS: tuple[tuple[str, ...], ...] = (
    ("anmodet", "av"),
    ("anmoda", "av"),
    ("oppmoda", "av"),
    ("oppmodet", "av"),
    ("bedt", "av"),
    ("beden", "av"),
)
# Adjectives before «å» + verb that appraise rather than act («det er krevende å gi …»).
EVALUATIVE_BEFORE_INFINITIVE: frozenset[str] = frozenset(
    """
    krevende krevjande vanskelig vanskeleg utfordrende utfordrande mulig mogleg umulig
    uråd viktig lett enkelt enkel dyrt tungt nødvendig naudsynt ønskelig ønskjeleg
    aktuelt naturlig naturleg
    """.split()
)
# Councils, business and residents whose input a plan reports («Ungdomsrådet har bedt om at
# …», «Næringsforeningen pekte på at …»): their wish is described (level 1), whatever it
# names, unless the municipality takes it up in the same sentence.
INPUT_HOLDERS: frozenset[str] = frozenset(
    """
    ungdomsrådet eldrerådet innvandrerrådet innvandrarrådet elevrådet rådet
    næringsforeningen næringsforeininga næringslivet bedriftene verksemdene arbeidsgiverne
    arbeidsgjevarane innbyggerne innbyggjarane foreldrene organisasjonene organisasjonane
    brukerne brukarane deltakerne deltakarane
    """.split()
)
INPUT_VERBS: frozenset[str] = frozenset(
    """
    mener meiner mente meinte anbefaler anbefalte tilrår tilrådde foreslår føreslår foreslo
    føreslo påpeker påpeikar påpekte etterlyser etterlyste ber bad bedt pekte peker peikar
    peika peikte ønsker ønskjer ønsket ønskte melder meldar meldte understreker understrekar
    understreket understreka
    """.split()
)
# An agency's request to this municipality («IMDi har anmodet kommunen om å bosette 25
# flyktninger»): a fact the plan describes (level 1), not yet its own decision.
REQUEST_VERBS: frozenset[str] = frozenset(
    {"anmodet", "anmoder", "anmodar", "anmoda", "ber", "bad", "oppmodar", "oppmoda", "oppmodet"}
)

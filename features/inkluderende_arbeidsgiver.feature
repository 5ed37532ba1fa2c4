# language: no
Egenskap: Kommunen som inkluderende arbeidsgiver – mangfold i egen stab
  «Generelt sett bør det offentlige gå foran med et godt eksempel, og sørge for å
  rekruttere personer med innvandrerbakgrunn til egen stab.» Kommunen kan i større grad
  ansette personer som gjenspeiler mangfoldet i befolkningen, gi praksis- og
  språkpraksisplasser i egne virksomheter og gi ansatte med annet morsmål
  språkopplæring på arbeidsplassen.
  «Attraktiv arbeidsgiver» eller rekruttering uten mangfoldsvinkel er ikke dette temaet.

  Bakgrunn:
    Gitt standardkatalogen med kriterier

  Scenariomal: Rekruttering av personer med innvandrerbakgrunn
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «inkluderende_arbeidsgiver.rekruttering» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kommunen skal være en attraktiv arbeidsgiver og rekruttere flere sykepleiere. | 0 |
      | nb | Bedriftene rekrutterer arbeidsinnvandrere fra Polen. | 0 |
      | nb | Kommunen har ingen mål om å rekruttere personer med innvandrerbakgrunn. | 0 |
      | nb | Kommunen har få ansatte med innvandrerbakgrunn og rekrutterer sjelden fra denne gruppen. | 1 |
      | nb | Kommunen skal rekruttere flere med innvandrerbakgrunn til egen stab. | 2 |
      | nn | Kommunen vil gå føre med eit godt døme og rekruttere fleire med innvandrarbakgrunn. | 2 |
      | nb | Fra 2025 kaller kommunen inn minst én kvalifisert søker med innvandrerbakgrunn til intervju ved alle ansettelser. | 3 |
      | nn | Personalavdelinga innfører moderat kvotering av søkjarar med innvandrarbakgrunn i 2025. | 3 |
      | nn | Hotella er heilt avhengige av sesongarbeidarar frå utlandet. Fleire verksemder slit med å rekruttere folk som kan nok norsk. | 0 |

  Scenariomal: De ansatte gjenspeiler befolkningen
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «inkluderende_arbeidsgiver.mangfold_stab» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kommunen har 800 ansatte fordelt på 12 enheter. | 0 |
      | nb | Kommunen har ikke oversikt over ansatte med innvandrerbakgrunn. | 0 |
      | nb | Om lag 15 prosent av de ansatte i helse og omsorg har innvandrerbakgrunn. | 1 |
      | nn | Delen tilsette med innvandrarbakgrunn skal spegle befolkninga i kommunen. | 2 |
      | nb | Innen 2028 skal minst 10 prosent av de ansatte i kommunen ha innvandrerbakgrunn. | 2 |
      | nb | Fra 2025 oppfordrer alle stillingsannonser søkere med innvandrerbakgrunn til å søke, og personalavdelingen følger opp andelen ansatte med innvandrerbakgrunn årlig. | 3 |
      | nn | Personalavdelinga rapporterer kvart år delen tilsette med innvandrarbakgrunn til kommunestyret. | 3 |
      | nb | Vi skal være en inkluderende arbeidsgiver som gjenspeiler mangfoldet i befolkningen. | 2 |

  Scenariomal: Praksisplasser i kommunens egne virksomheter
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «inkluderende_arbeidsgiver.praksisplasser» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kommunen har lærlingeplasser i helsearbeiderfaget for ungdom. | 0 |
      | nb | Det er ingen praksisplasser i kommunen for innvandrere. | 0 |
      | nb | Få deltakere i introduksjonsprogrammet har praksisplass i kommunale virksomheter. | 1 |
      | nn | Kommunen skal tilby språkpraksis i kommunale verksemder for flyktningar. | 2 |
      | nb | Tiltak: språkpraksis i kommunale virksomheter, ansvar: NAV og voksenopplæringen, 2025. | 3 |
      | nn | Frå 2025 stiller kvar eining med minst éin praksisplass i kommunal verksemd for deltakarar i introduksjonsprogrammet. | 3 |

  Scenariomal: Språkopplæring og språkstøtte for egne ansatte
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «inkluderende_arbeidsgiver.sprakstotte» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Barnehagen gir språkstøtte til minoritetsspråklige barn. | 0 |
      | nb | Kommunen har ingen språkopplæring for ansatte med annet morsmål. | 0 |
      | nb | Mange ansatte med innvandrerbakgrunn etterlyser mer norsk på arbeidsplassen. | 1 |
      | nn | Kommunen vil tilby fagnorsk til tilsette med innvandrarbakgrunn. | 2 |
      | nb | Fra 2025 får alle helsefagarbeidere med innvandrerbakgrunn fagnorsk i arbeidstiden, finansiert av enhetene. | 3 |
      | nn | Kvar eining i helse og omsorg har frå 2025 ein språkmentor for tilsette med anna morsmål. | 3 |

  Scenario: Attraktiv arbeidsgiver uten mangfoldsvinkel er ikke temaet
    Gitt en plan med teksten:
      """
      Kommunen skal være en attraktiv arbeidsgiver som rekrutterer og beholder
      kompetente medarbeidere. Heltidskultur og lærlingeplasser skal prioriteres.
      """
    Når planen vurderes
    Så får temaet «inkluderende_arbeidsgiver» nivå 0

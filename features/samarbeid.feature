# language: no
Egenskap: Samarbeid på tvers – integrering forankret på tvers av sektorer og forvaltningsnivåer
  «Vi må også bli flinkere til å samarbeide med aktører som vi ikke vanligvis har felles
  arbeidsområder med.» IMDis regionkontorer kan være nyttige samtalepartnere i
  planprosesser, integreringsarbeidet må forankres på tvers av sektorer, og
  fylkeskommunen kan være pådriver for interkommunalt samarbeid på området.

  Bakgrunn:
    Gitt standardkatalogen med kriterier

  Scenariomal: IMDi som samarbeidspart og kilde til tilskudd
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «samarbeid.imdi» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kommunen samarbeider tett med regionrådet om samferdsel. | 0 |
      | nb | Kommunen har ikke samarbeidet med IMDi i planarbeidet. | 0 |
      | nb | IMDi er en viktig samarbeidspart for kommunen. | 1 |
      | nn | Kommunen vil nytte IMDi som samtalepartnar i planarbeidet. | 2 |
      | nb | Flyktningtjenesten søker IMDis tilskudd til kommunale innvandrertiltak. | 0 |
      | nb | Flyktningtjenesten inviterer IMDi til et felles planmøte om kommunale innvandrertiltak i 2025. | 3 |
      | nn | Rådmannen inviterer IMDi som høyringspart i rulleringa av samfunnsdelen i 2026. | 3 |

  Scenariomal: Integreringsarbeidet forankret på tvers av sektorer
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «samarbeid.tverrsektoriell» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Folkehelsearbeidet skal forankres på tvers av sektorer. | 0 |
      | nb | Det er ingen samordning av arbeidet med integrering av flyktninger. | 0 |
      | nb | Integreringsarbeidet involverer mange tjenester på tvers av sektorer. | 1 |
      | nn | Integreringsarbeidet skal forankrast på tvers av sektorar i kommunen. | 2 |
      | nb | Rådmannen oppretter i 2025 en tverrfaglig arbeidsgruppe for integrering av flyktninger med en egen koordinator. | 3 |
      | nn | Frå 2025 leier flyktningtenesta eit tverrfagleg team for integrering som møtest kvar månad. | 3 |

  Scenariomal: Samarbeid med nabokommuner og fylkeskommunen
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «samarbeid.interkommunalt» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kommunen deltar i interkommunalt samarbeid om brannvesen og renovasjon. | 0 |
      | nb | Kommunen har ikke noe interkommunalt samarbeid om integrering. | 0 |
      | nb | Kommunen samarbeider med nabokommunene om bosetting av flyktninger. | 1 |
      | nn | Kommunen vil samarbeide med nabokommunane om norskopplæring for innvandrarar. | 2 |
      | nb | Fra 2025 er kommunen vertskommune for et interkommunalt tilbud om norskopplæring for fire kommuner. | 3 |
      | nn | Fylkeskommunen og regionrådet lagar innan 2026 ein interkommunal bustadplan for flyktningar. | 3 |

  Scenariomal: Samarbeid med NAV, Husbanken og andre partnere om integrering
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «samarbeid.partnere» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kommunen samarbeider med nabokommunene om brannvesen og renovasjon. | 0 |
      | nb | Kommunen har ikke noe samarbeid med NAV om kvalifisering av flyktninger. | 0 |
      | nn | Samarbeidet mellom kommunen, NAV og fylkeskommunen om kvalifisering av innvandrarar kan bli betre. | 1 |
      | nb | Kommunen vil samarbeide med NAV og arbeidsgiverne om norskopplæring på arbeidsplassen for arbeidsinnvandrere. | 2 |
      | nn | Vaksenopplæringa skal samarbeide med fylkeskommunen om eit kombinasjonstilbod for unge vaksne innvandrarar. | 2 |
      | nb | Kommunen inngår i 2025 en samarbeidsavtale med NAV om kvalifisering av flyktninger, med faste møter hver måned. | 3 |
      | nn | Kommunen inngår avtale med Husbanken om eit bustadsosialt program for flyktningar i perioden 2025–2028. Ansvar: kommunedirektøren. | 3 |
      | nb | Samarbeidet med IMDi og fylkeskommunen om integreringsarbeidet skal styrkes. | 2 |


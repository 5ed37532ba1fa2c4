# language: no
Egenskap: Språkopplæring – norskopplæring tilpasset behov og arbeidsliv
  «Deltakere i dagens språkopplæringstilbud har høyst forskjellige utgangspunkt. Det er
  viktig at vi tilpasser tilbudet til behov og kompetanse.» Håndboka ber kommunene nå
  ektefeller av arbeidsinnvandrere og dem som ikke kan delta på dagtid (kveldskurs,
  nettbaserte tilbud som LearnNoW), og gjøre opplæringen så praksisnær som mulig og
  knyttet til det lokale arbeidskraftbehovet (Praksisanlegget, kompetansebevis).
  Språk i skolen generelt og målformspolitikk er ikke dette temaet.

  Bakgrunn:
    Gitt standardkatalogen med kriterier

  Scenariomal: Norskopplæring tilpasset deltakernes behov
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «sprak.tilpasset» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Elevene i grunnskolen skal ha opplæring i både nynorsk og bokmål. | 0 |
      | nb | Kommunen har ikke et eget tilbud om norskopplæring. | 0 |
      | nb | Norskopplæringen for voksne innvandrere har mange deltakere med svært ulik bakgrunn. | 1 |
      | nn | Kommunen skal tilpasse norskopplæringa til behova og bakgrunnen til deltakarane. | 2 |
      | nb | Fra høsten 2025 deler voksenopplæringen norskopplæringen i tre nivåbaserte spor. | 3 |
      | nn | Vaksenopplæringa kartlegg kompetansen til alle nye deltakarar i norskopplæringa frå 2025. | 3 |

  Scenariomal: Tilbudet når ektefeller og hjemmeværende
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «sprak.ektefeller» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Ektefeller og samboere kan få familierabatt i svømmehallen. | 0 |
      | nb | Norskopplæringen har ingen tilbud til medfølgende ektefeller. | 0 |
      | nb | Mange hjemmeværende kvinner står utenfor norskopplæringen. | 1 |
      | nn | Kommunen skal nå ut til ektefellar av arbeidsinnvandrarar med tilbod om norskopplæring. | 2 |
      | nb | Voksenopplæringen inviterer i 2025 alle familieinnvandrere og ektefeller av arbeidsinnvandrere til norskkurs. | 3 |
      | nn | Frå 2025 har flyktningtenesta ansvar for å tilby norskkurs til heimeverande kvinner. | 3 |

  Scenariomal: Norskopplæring på kveldstid og på nett
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «sprak.fleksibel» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kulturskolen har kveldskurs i keramikk og maling. | 0 |
      | nb | Det finnes ingen kveldskurs i norskopplæring i kommunen. | 0 |
      | nb | LearnNoW er et gratis nettbasert tilbud om norskopplæring. | 1 |
      | nn | Kommunen vil tilby norskopplæring på kveldstid for arbeidsinnvandrarar. | 2 |
      | nb | Voksenopplæringen starter norskkurs på kveldstid for arbeidsinnvandrere høsten 2025. | 3 |
      | nn | Vaksenopplæringa tilbyr frå 2025 nettbasert norskopplæring med LearnNoW og samlingar ein kveld i veka. | 3 |

  Scenariomal: Praksisnær opplæring knyttet til arbeidskraftbehovet
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «sprak.praksisnaer» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Elevene i ungdomsskolen har arbeidsuke i lokale bedrifter. | 0 |
      | nb | Introduksjonsprogrammet har ingen språkpraksis i bedrift. | 0 |
      | nb | Introduksjonsprogrammet har lite språkpraksis knyttet til lokale arbeidsplasser. | 1 |
      | nn | Introduksjonsprogrammet skal vere praksisnært og knytt til det lokale behovet for arbeidskraft. | 2 |
      | nb | Fra 2025 kan deltakere i introduksjonsprogrammet ta kompetansebevis i fiskeindustrien i samarbeid med den videregående skolen. | 3 |
      | nn | Vaksenopplæringa og NAV gjev ti deltakarar i introduksjonsprogrammet språkpraksis i helse og omsorg kvart år. | 3 |

  Scenario: Målformspolitikk er ikke språkopplæring for innvandrere
    Gitt en plan med teksten:
      """
      Kommunen har nynorsk som administrasjonsmål. Alle skoler skal gi god opplæring i
      lesing og skriving, og sidemålsopplæringen skal styrkes.
      """
    Når planen vurderes
    Så får temaet «sprak» nivå 0

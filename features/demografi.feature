# language: no
Egenskap: Demografi og kunnskapsgrunnlag – innvandring i befolkningsutviklingen
  «Det er tydelig behov for å koble kommunale og fylkeskommunale planer tettere til den
  demografiske utviklingen, der innvandringen står for det meste av folketallsveksten i
  Norge.» En plansjef sier det rett ut: «Det er nesten ingen kommuner som har
  innvandringsbølgen med i sin kommuneplan.» Planen bør bygge på solid empiri om
  innvandrerne i kommunen, se bosetting av flyktninger i lys av eget arbeidskraftbehov
  og gjøre integrering til et gjennomgående tema.
  Befolkning, aldring eller fødsler uten noe om innvandring er ikke dette temaet.

  Bakgrunn:
    Gitt standardkatalogen med kriterier

  Scenariomal: Innvandring i befolkningsutviklingen
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «demografi.befolkningsutvikling» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Folketallet i kommunen har gått ned med 3 prosent de siste ti årene. | 0 |
      | nb | Planen omtaler ikke innvandringens betydning for befolkningsutviklingen. | 0 |
      | nb | Innvandring står for det meste av befolkningsveksten i kommunen. | 1 |
      | nn | Kommunen skal auke folketalet ved å leggje til rette for at innvandrarar vil busetje seg her. | 2 |
      | nb | Plan- og utviklingsavdelingen utarbeider innen 2026 en befolkningsanalyse som viser innvandringens andel av folketallsveksten. | 3 |
      | nn | Innan 2026 skal planavdelinga lage ei framskriving av folketalet som syner kor mykje innvandringa har å seie. | 3 |

  Scenariomal: Tall og kunnskap om innvandrerne
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «demografi.kunnskapsgrunnlag» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kunnskapsgrunnlaget bygger på tall fra SSB om alderssammensetning og pendling. | 0 |
      | nb | Kommunen har ingen statistikk over innvandrere i kommunen. | 0 |
      | nb | Ifølge SSB er 14 prosent av innbyggerne innvandrere. | 1 |
      | nn | Om lag 12 prosent av innbyggjarane er innvandrarar, viser statistikk frå SSB. | 1 |
      | nb | Fylkeskommunen og kommunen oppdaterer hvert år statistikken over innvandrere og deres landbakgrunn i kunnskapsgrunnlaget. | 3 |
      | nn | Innan 2025 skal plankontoret kartleggje landbakgrunn og innvandringsgrunn for innvandrarane i kommunen, med tal frå SSB. | 3 |

  Scenariomal: Bosetting av flyktninger
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «demografi.bosetting» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Kommunen har spredt bosetting med mange små grender. | 0 |
      | nb | Kommunen har ikke vedtatt å bosette flyktninger i planperioden. | 0 |
      | nb | Kommunen har bosatt flyktninger siden 1990-tallet. | 1 |
      | nn | Kommunen vil halde fram med å busetje flyktningar. | 2 |
      | nb | Kommunestyret vedtar hvert år å bosette 15 flyktninger etter anmodning fra IMDi. | 3 |
      | nn | Kommunen busett 10 flyktningar per år i 2025–2028, og flyktningtenesta har ansvaret. | 3 |
      | nb | Kommunen har tatt imot 45 ukrainske flyktninger siden 2022. | 1 |
      | nn | IMDi ber kommunane kvart år om å busetje eit visst tal flyktningar. | 0 |

  Scenariomal: Arbeidsinnvandrere som ressurs
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «demografi.arbeidsinnvandring» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Næringslivet i kommunen er preget av fiskeindustri og reiseliv. | 0 |
      | nb | Kommunen har ingen strategi for arbeidsinnvandring. | 0 |
      | nb | Mange arbeidsinnvandrere fra Polen og Litauen jobber i fiskeindustrien. | 1 |
      | nn | Kommunen vil leggje til rette for at arbeidsinnvandrarar og familiane deira blir buande. | 2 |
      | nb | Næringsavdelingen arrangerer fra 2025 et årlig informasjonsmøte for arbeidsinnvandrere og familiene deres, slik at flere blir boende i kommunen. | 3 |
      | nn | Næringsavdelinga skal i 2025 lage ein strategi for å halde på arbeidsinnvandrarar, i samarbeid med næringslivet. | 3 |

  # Kodeboka: demografi er innvandringen i befolkningsutviklingen – innvandring som ressurs
  # og en plan for integrering – ikke ordet «integrering» alene (et integreringsteam, et
  # nettverk eller «integrering i alle sektorer» hører til samarbeid når det er samarbeid).
  Scenariomal: Innvandring som ressurs og en plan for integrering
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «demografi.integrering_gjennomgaende» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Boligene skal være godt integrert i bebyggelsen. | 0 |
      | nb | Integrering er ikke omtalt i denne planen. | 0 |
      | nb | Integrering er omtalt i flere av kommunens planer. | 0 |
      | nb | Kommunen ser innvandring som en ressurs for lokalsamfunnet. | 1 |
      | nn | Kommunen skal sjå innvandring som ein ressurs i all planlegging. | 2 |
      | nb | Rådmannen sørger for at innvandring som ressurs er et fast punkt i alle kommunedelplaner fra 2025. | 3 |
      | nn | Frå 2025 har rådmannen ansvar for at innvandring som ressurs er eit fast punkt i alle kommunedelplanar. | 3 |

  Scenario: En plan for integrering på lista over planer som skal lages, er en forpliktelse, ikke et tiltak
    Gitt en plan med teksten:
      """
      Planbehov i perioden: Plan for integrering skal utarbeides i 2026.
      """
    Når planen vurderes
    Så får temaet «demografi» nivå 2

  Scenario: Befolkning og aldring uten innvandring er ikke temaet
    Gitt en plan med teksten:
      """
      Folketallet har gått ned de siste årene, og andelen eldre over 80 år vil dobles
      fram mot 2040. Kommunen skal arbeide for økt tilflytting av unge familier.
      """
    Når planen vurderes
    Så får temaet «demografi» nivå 0

  Scenariomal: Innvandrerbefolkningen i kunnskapsgrunnlaget
    Gitt en plan med teksten "<tekst>"
    Når planen vurderes
    Så får kriteriet «demografi.innvandrerbefolkning» nivå <nivå>

    Eksempler:
      | målform | tekst | nivå |
      | nb | Voksenopplæringen gir norskkurs til arbeidsinnvandrere om kvelden. | 0 |
      | nb | Kommunen har ikke oversikt over hvor mange innbyggere som er innvandrere. | 0 |
      | nb | Mange av innbyggerne har innvandrerbakgrunn. | 1 |
      | nn | Om lag ein av ti innbyggjarar er innvandrarar, dei fleste med landbakgrunn frå Polen og Syria. | 1 |
      | nb | Kommunen skal ta hensyn til at andelen innbyggere med innvandrerbakgrunn øker. | 2 |
      | nb | Fra 2025 lager plan- og utviklingsavdelingen en årlig oversikt over innvandrerbefolkningen med tall fra SSB. | 3 |
      | nn | Plan- og utviklingsavdelinga lagar innan 2026 ei årleg oversikt over innvandrarbefolkninga med tal frå SSB. | 3 |
      | nb | Andelen innvandrere i kommunen er 12 prosent. | 1 |
      | nb | Kommunen skal tilby norskopplæring på kveldstid for innvandrere. | 0 |


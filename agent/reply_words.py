"""How recruiting mail is written, in the languages followup reads (English, German, French,
Dutch, Spanish, Portuguese, Italian): the phrases that state an outcome, invite to a further
stage, confirm logistics, announce an absence, relay hearsay or pitch another job.

Every pattern is matched against text folded by ``replies.fold_mail`` (lower case, accents and
ligatures removed, typographic quotes and dashes made plain), so "Rückmeldung" is written
``ruckmeldung`` and "não" ``nao``. Each phrase describes how such mail is commonly written; a
word that only signals a mood ("unfortunately", "leider", "infelizmente") is never enough on its
own, because the same word opens messages about a delay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.textscan import lazy


def _compile(*languages: Iterable[str]) -> re.Pattern[str]:
    alternatives = [phrase for language in languages for phrase in language]
    return lazy(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])")


# "not" and its contractions; the look-behind of ``_compile`` needs the whole word.
_NOT = r"(?:not|(?:won|can|don|aren|isn|wasn|weren|didn|haven|hasn|wouldn|couldn|shouldn)'t"

# --------------------------------------------------------------------------- stated rejection
# The candidate is out, or the hiring itself stopped: "not moving forward", "position filled",
# "gone with another candidate", "requisition cancelled", "decided not to extend an offer".

_REJECTION_EN = (
    _NOT + r"|no longer) (?:be )?(?:able )?(?:to )?(?:be )?(?:moving|move|going|go|taking|take)"
    r"(?: you| your (?:application|candidacy))? (?:forward|ahead|further)",
    _NOT + r") (?:be )?(?:able )?(?:to )?(?:proceed|progress|continu|advanc|tak|pursu)\w* "
    r"(?:with )?(?:you|your|the|this|further|any further)",
    _NOT
    + r") (?:be )?(?:invit|shortlist|select)\w* (?:you )?(?:to|for) (?:the |a )?(?:next|further|"
    r"second|final|an?|interview)",
    r"decided against",
    _NOT
    + r"|no longer) (?:been |be )?(?:taken|moved|progressed|carried) (?:forward|further|ahead)",
    r"(?:go|goes|gone|going|went|move|moving|moved|proceed|proceeding|proceeded|continue"
    r"|continuing|"
    r"progress|progressing|pursue|pursuing|advance|advancing) (?:forward |ahead |on )?(?:with )?"
    r"(?:a|another|an|other|the other|a different|"
    r"an internal|an external|a more) (?:[\w-]+ ){0,3}(?:candidates?|applicants?|profiles?"
    r"|persons?|finalists?|"
    r"people|individuals?)",
    r"(?:chosen|selected|picked|hired|appointed|offered the (?:role|position|job) to) (?:another|a"
    r" different|"
    r"an internal|an? other|someone else|other)",
    r"offer(?:ed)? (?:the|this) (?:role|position|job|post) to (?:another|someone|a different|an?"
    r" other|"
    r"the other)",
    r"(?:accepted by|went to|given to) (?:another|a different|an? other|someone else|the other)",
    r"(?:made a hire|hired someone|have hired|filled this) for (?:the|this) (?:role|position"
    r"|vacancy)",
    r"(?:application|candidacy|candidature)(?: [\w-]+){0,3} (?:has been|was|is|have been) "
    r"(?:declined|rejected|unsuccessful|not successful)",
    r"internal candidate",
    # a public panel's words: "not been recommended for appointment", "another applicant was
    # the preferred candidate"
    r"not (?:been )?(?:recommended for (?:appointment|the (?:role|position|post))|the preferred "
    r"(?:candidate|applicant))",
    r"(?:recommended|preferred|appointed) (?:another|a different|an? other) (?:candidate|"
    r"applicant)",
    r"(?:another|a different|an? other) (?:candidate|applicant) (?:was|has been|is|were) "
    r"(?:recommended|preferred|the preferred|appointed)",
    r"different direction",
    r"(?:went|gone|going|go|goes) (?:another|a different|the other) (?:way|route|direction)",
    r"(?:position|role|job|vacancy|opening)(?: [\w-]+){0,4} (?:is|are) no longer (?:available"
    r"|open)",
    _NOT + r") (?:meet|match) (?:the|our|all) (?:[\w-]+ ){0,2}(?:requirements|criteria)",
    r"(?:position|positions|role|roles|vacancy|vacancies|job|post|opening|openings|requisition)"
    r"(?: [\w-]+){0,6} (?:has|have|had) (?:now |already |since |just )?been (?:filled|closed|"
    r"cancel+ed|withdrawn|eliminated)",
    r"filled the (?:role|position|vacancy|post|opening)",
    r"(?:requisition|req|hiring|hire|search|recruitment|process|campaign|competition|"
    r"advert(?:isement)?|posting|recruitment drive)(?: [\w-]+){0,3} (?:has been|was|"
    r"is being|have been) (?:cancel+ed|closed|withdrawn|stopped|discontinued|halted|paused)",
    r"clos(?:e|ing) (?:the|this|our|all) (?:process|search|requisition|role|position|vacancy|"
    r"campaign|competition|applications)",
    r"no (?:appointment|hire|offer|appointments|offers) will be made",
    r"(?:made|making) an appointment to (?:the|this) (?:post|role|position|vacancy)",
    r"no longer (?:hiring|recruiting|filling|be filling)",
    r"decided not to (?:extend|make|offer|hire|fill|progress|proceed|continue|pursue|move"
    r" (?:forward|"
    r"ahead))",
    r"(?:hire|hired|hiring|appoint|appointed|appointing|offer the (?:role|job|position) to)"
    r" someone "
    r"(?:else|with|who|whose|more|from)",
    r"(?:extended|made|offered) (?:the|an|our) (?:offer|position|role|job) to (?:another|a"
    r" different|"
    r"an? other|someone else|the other)",
    r"(?:offer|position|role) (?:went|has gone|was given) to (?:another|someone else|an? other)",
    r"(?:going to|decided to|we'll|we will|we're going to|we are going to) pass"
    r"(?: on (?:[\w-]+ ){0,2}[\w-]+)?(?: at this| for now| this time|[.,;!]| -|$)",
    r"regret to (?:inform|let you know|tell you)",
    r"we regret that",
    r"not (?:been )?(?:successful|selected|shortlisted)",
    r"unsuccessful",
    r"no longer (?:being )?consider\w*",
    _NOT + r") (?:be )?(?:offering|extending an offer|able to (?:make |extend )?(?:you )?(?:an?"
    r" )?offer)",
    r"unable to (?:make|extend) (?:you )?(?:an? |the )?offer",
    r"unable to (?:offer|move forward|proceed|progress)",
    # ... not a rule for some ("only candidates whose experience more closely matches")
    r"(?<!only )(?<!only the )candidates? (?:whose|who) (?:[\w-]+ ){0,3}(?:more closely|better|"
    r"more) (?:match|fit|suit|align|meet)\w*",
    r"other candidates whose",
    # a choice of someone, told to a candidate, is a choice of someone else
    r"(?:decided|decision|chosen|chose|going|opted|elected) to (?:hire|appoint|recruit|offer the "
    r"(?:role|position|job) to) (?:a|an|another|someone|one|the other|somebody)\b",
    r"(?:decided|decision|chosen|chose|going|opted|elected) to (?:go|move (?:ahead|forward)) with "
    r"(?:another|an?|one) (?:[\w-]+ ){0,2}(?:candidate|applicant|person|profile|individual)",
    r"with (?:someone|somebody) else",
    r"(?:role|position|job|post|offer) (?:went|has gone|was given|is going|has been given) to "
    r"(?:an?|another|the other|someone)\b",
    r"(?:weren't|wasn't|aren't|haven't been|hasn't been|were not|was not) (?:successful|selected|"
    r"shortlisted|chosen)",
    # the job went to "a candidate": told to a candidate, someone else
    r"(?:offered|extended|given) (?:the|this|an|our) (?:role|position|job|post|offer) to (?:a|one) "
    r"(?:[\w-]+ ){0,2}(?:candidate|applicant|person|individual)",
    r"(?:close|closed|closing) (?:your|the) (?:application|candidacy|candidature)",
    r"(?:selected|chosen|hired|appointed|picked|identified|found) (?:a|one) (?:[\w-]+ ){0,2}"
    r"(?:candidate|applicant|"
    r"person|individual) (?:whose|who|with)",
    # the answer as one word: "it's a no from the team this time"
    r"(?:it's|it is|it was|that's|that is|sadly|unfortunately) (?:a |an? )?(?:no|pass|no-go) "
    r"(?:from|for) (?:us|me|the team|the panel|them|the client|the hiring (?:team|manager))",
)
# The process going on with other people, in so many words: "continuing the process with other
# people", "nous poursuivons le processus avec d'autres personnes", "gaan we verder met andere
# mensen", "seguiremos el proceso con otras personas", "proseguiremo con altre persone".
_PROCESS_NOUN = (
    r"(?:process|processus|proceso|processo|percorso|procedure|procedura|procedimiento|prozess|"
    r"verfahren|selection|seleccion|selecao|selezione|recrutement|recruitment|search|recherche|"
    r"busqueda|ricerca|busca)"
)
_WITH_OTHER_PEOPLE = (
    r"(?:continu|proceed|mov|go|going|carry)\w* (?:(?:the|our|this) )?"
    + _PROCESS_NOUN
    + r" with (?:other|different) people",
    r"(?:den|das|unser(?:en)?) " + _PROCESS_NOUN + r" mit (?:anderen|weiteren) (?:personen|"
    r"menschen) (?:fort|weiter)\w*",
    r"(?:poursuiv|continu)\w* (?:(?:le|la|notre|ce) )?"
    + _PROCESS_NOUN
    + r" avec d'autres personnes",
    r"(?:gaan|gaat) (?:we |wij )?(?:\w+ )?verder met andere mensen|verder gaan met andere mensen",
    r"(?:segui|continu|avanz|prosegu)\w* (?:(?:el|la|nuestro|este) )?"
    + _PROCESS_NOUN
    + r" con otras personas",
    r"(?:segui|continu|prossegu|avanc)\w* (?:(?:o|a|nosso|este) )?"
    + _PROCESS_NOUN
    + r" com outras pessoas",
    r"(?:prosegu|continu|procede)\w* (?:(?:il|la|nostro|questo) )?"
    + _PROCESS_NOUN
    + r" con altre persone",
)
# The post given to someone else, said in the passive: "the post has been offered to another
# candidate", "le poste a été proposé à un autre candidat", "la vaga foi oferecida a outra pessoa".
_GIVEN_TO_ANOTHER = (
    r"(?:role|position|job|post|offer|vacancy)(?: [\w-]+){0,3} (?:has been|was|have been|is being|"
    r"had been) (?:offered|given|awarded|made) to (?:another|someone|somebody|a different|an? "
    r"other|the other|a candidate|one of)",
    r"(?:stelle|position|zusage|angebot)(?: [\w-]+){0,3} (?:wurde|ist|haben wir) (?:[\w-]+ ){0,2}"
    r"(?:an )?(?:eine[nm]? )?(?:andere[nrn]?|jemand\w*|weitere[nrn]?) (?:[\w:*-]+ )?"
    r"(?:vergeben|angeboten|gegeben)",
    r"(?:poste|offre)(?: [\w-]+){0,3} (?:a ete|est) (?:propose|proposee|attribue|attribuee|offert|"
    r"offerte) a (?:un autre|une autre|quelqu'un|un\w* candidat)",
    r"(?:functie|vacature|positie|rol|aanbod)(?: [\w-]+){0,3} (?:is|werd) (?:[\w-]+ )?"
    r"(?:aangeboden|gegund|gegeven) aan (?:een andere|iemand|een collega|de andere)",
    r"(?:puesto|plaza|vacante|posicion|oferta)(?: [\w-]+){0,3} (?:se ha|ha sido|fue|se le ha) "
    r"(?:ofrecid|otorgad|adjudicad|dad)[oa] a (?:otr[oa]|alguien|un[a]? candidat)",
    r"(?:vaga|posicao|cargo|proposta)(?: [\w-]+){0,3} (?:foi|ja foi) (?:oferecid|atribuid|dad)"
    r"[oa] (?:a|para) (?:outr[oa]|alguem|um[a]? candidat)",
    r"(?:posizione|ruolo|posto|offerta)(?: [\w-]+){0,3} (?:e stat[oa]|e) (?:offert|assegnat|"
    r"propost)[oa] (?:a|ad) (?:un altr[oa]|un'altra|qualcun|altr[oa])",
)
_REJECTION_DE = (
    r"(?:nicht|keine|kein) (?:weiter |mehr |langer )?(?:zu )?(?:berucksichtig\w*|weiterverfolg\w*|"
    r"in betracht|in die (?:engere|nachste) (?:auswahl|runde))",
    r"nicht (?:weiter )?(?:fortsetzen|fortfuhren|weiter(?:gehen|machen))",
    r"nicht (?:mit (?:ihnen|dir|ihrer bewerbung) )?(?:weiterzu\w+|fortzu\w+)",
    r"(?:fur|zugunsten) (?:einen |eine |einer |eines )?(?:andere[nrs]?|weitere[nrs]?"
    r"|interne[nrs]?) "
    r"(?:kandidat|bewerber|person|profil)\w*",
    r"anderweitig (?:besetzt|entschieden|vergeben|orientiert|zu besetzen|zu vergeben)",
    r"(?:fur|zugunsten) (?:jemand|jemanden)(?: [\w-]+){0,6} entschieden",
    r"(?:keine|nicht die) (?:stelle|position|zusage|anstellung) (?:anbieten|geben|machen)",
    r"(?:wahl|entscheidung) (?:fiel|ist) auf (?:einen|eine|jemand)",
    r"mit (?:anderen|weiteren) (?:bewerber|kandidat)\w* (?:fortzusetzen|fortsetzen|fortfuhren|"
    r"weiterzugehen|weitergehen)",
    # a choice of a candidate, told to a candidate, is a choice of someone else: "für einen
    # Bewerber entschieden, dessen Profil ...", "für eine Kandidatin mit mehr Erfahrung"
    r"(?:fur|zugunsten) (?:einen|eine|einer|eines) (?:[\w-]+ ){0,2}(?:kandidat|bewerber|person|"
    r"profil)\w*(?:,? (?:[\w-]+ ){0,8}?)? entschieden",
    r"(?:fur|zugunsten) (?:jemand|jemanden|jemand anderen) (?:anderen|anders|entschieden)",
    r"gegen (?:eine|die) (?:weitere )?(?:zusammenarbeit|einstellung)",
    r"wahl (?:ist )?auf (?:eine|einen) (?:andere|anderen)",
    r"mit (?:einer|einem) (?:anderen|weiteren|internen) (?:person|kandidat|bewerber|profil)\w*",
    r"gegen (?:ihre|deine) (?:bewerbung|kandidatur)",
    r"(?:stelle|position|vakanz)(?: [\w-]+){0,3} (?:bereits|inzwischen|schon|mittlerweile"
    r"|anderweitig) "
    r"(?:besetzt|vergeben)",
    r"(?:profil|erfahrung|qualifikation)(?: [\w-]+){0,2} (?:passt|entspricht) (?:leider )?nicht",
    # the perfect tense, done: "wir die Stelle mit ... besetzt haben"
    r"(?:stelle|position|vakanz)(?: (?!(?:bis|vor|erst|bald|noch|spatestens|moglichst|"
    r"hoffentlich|zeitnah|schnell)\b)[\w-]+){0,6} (?:besetzt|vergeben|nachbesetzt) (?:haben|hat|"
    r"worden)",
    r"(?:stelle|position|vakanz|vakanzen|stellen)(?: [\w-]+){0,5} (?:ist|sind|wurde|wurden|konnte|"
    r"konnten) (?:bereits |inzwischen |mittlerweile |schon |leider |intern )*(?:besetzt|vergeben|"
    r"gestrichen|zuruckgezogen|geschlossen)",
    # ... not the cancelling of a meeting: "Absage Ihres Termins"
    r"absage(?! (?:[\w-]+ ){0,2}(?:termin|gesprach|vorstellungsgesprach|interview|telefonat|"
    r"meeting|call)\w*)",
    r"(?:bewerbung|kandidatur)(?: [\w-]+){0,3} (?:wurde|ist) (?:leider )?abgelehnt",
    r"keine (?:positive[n]? |erfreuliche[n]? )?(?:zusage|ruckmeldung|entscheidung) (?:geben|"
    r"mitteilen|machen)",
    r"(?:gegen|nicht fur) (?:sie|dich) entschieden",
    r"(?:verfahren|auswahlverfahren|prozess|ausschreibung|besetzung|stellenausschreibung|"
    r"rekrutierung|suche)(?: [\w-]+){0,3} (?:eingestellt|abgebrochen|gestoppt|zuruckgezogen|"
    r"ausgesetzt)",
    r"(?:stelle|position|zusage|vertrag)(?: [\w:*/()-]+){0,6} nicht (?:anbieten|anzubieten|geben)",
)
_REJECTION_FR = (
    r"(?:ne|n') ?(?:pas|plus) (?:pouvoir )?(?:donner (?:une )?suite|retenir|poursuivre)",
    r"ne (?:pas |plus )?(?:pouvons|pourrons|souhaitons|allons) (?:pas )?(?:donner (?:une )?suite|"
    r"retenir|poursuivre|aller plus loin)",
    r"ne pas (?:donner (?:une )?suite|poursuivre|retenir)",
    r"pas (?:pu )?donner (?:une )?suite favorable",
    r"(?:n'a|n'avez|n'avons|ne sera|n'est|ne serez|n'ai) pas (?:ete |pu etre )?(?:retenu|retenue|"
    r"selectionne|selectionnee|retenir)",
    r"pas (?:ete )?retenue?",
    r"(?:retenu|choisi|selectionne|privilegie|opte pour) (?:un autre|une autre|d'autres|un|une) "
    r"(?:[\w-]+ ){0,2}(?:candidat|candidature|profil)\w*(?: (?:dont|qui|plus|interne))",
    r"(?:retenu|choisi|selectionne|privilegie) (?:un autre|une autre|d'autres) (?:candidat|"
    r"candidature|profil)\w*",
    r"(?:poste|offre|recrutement|campagne|processus)(?: [\w-]+){0,3} (?:a ete|est) "
    r"(?:deja |desormais |finalement )?(?:pourvu|pourvue|annule|annulee|ferme|fermee|suspendue?|"
    r"retiree?|clos|close)",
    r"reponse (?:negative|defavorable)",
    r"choix s'est (?:porte|arrete) sur",
    r"(?:retenir|retenu|recrute|recruter|engage|engager|embauche|embaucher|privilegie|privilegier|"
    r"orientes? vers|orientees? vers|opte pour|choisi) (?:une autre |un autre |d'autres |une |un )"
    r"(?:[\w'-]+ ){0,1}(?:candidat\w*|profil\w*|personne\w*)",
    r"(?:poste|offre)(?: [\w'-]+){0,6} (?:a|est) (?:[\w-]+ )?(?:ete )?(?:pourvue?|attribuee?)",
    r"ne correspond (?:pas|plus) (?:tout a fait |vraiment |entierement |totalement )?(?:a|aux|au) "
    r"(?:nos|notre|vos|attentes|poste|besoins|profil)",
    r"(?:fait|faire|porte|porter|arrete|arreter) (?:le |notre |son |leur )?choix (?:d'|de |sur )"
    r"(?:un |une |d'autres )?(?:autre |[\w-]+ ){0,2}(?:candidat|candidature|profil|personne)\w*",
    r"candidature(?: [\w-]+){0,3} (?:a ete|est) (?:refusee|rejetee|declinee)",
    r"(?:ne|n') ?(?:[\w']+ ){0,4}pas (?:[\w']+ ){0,4}(?:donner (?:une )?suite|retenir|poursuivre|"
    r"aller plus loin)",
    r"pas en mesure de (?:donner|retenir|poursuivre|vous proposer)",
    r"(?:ne|n') ?(?:[\w']+ ){0,2}(?:donnerons|donnera|donnons|retiendrons|poursuivrons|poursuivra)"
    r" pas(?: (?:de |une )?suite)?",
    r"poursuivre (?:le processus )?avec (?:d'autres|un autre|une autre) (?:candidat|profil)\w*",
    r"ne correspond (?:pas|plus) (?:a|aux|au) (?:nos|notre|nos attentes|poste|besoins)",
    r"decliner (?:votre|ta) candidature",
    r"donner suite a (?:d'autres|une autre|un autre) (?:candidat|profil)\w*",
    r"(?:privilegie|retenu|choisi|selectionne) des (?:candidat|profil)\w* (?:plus|dont|qui|"
    r"ayant)",
    r"ne pouvoir (?:donner|retenir|poursuivre)",
    r"(?:mettre|mettons) fin (?:au|a notre) (?:processus|recrutement)",
)
_REJECTION_NL = (
    r"(?:niet|geen) verder(?:gaan| gaan| mee| met|e stappen)",
    r"(?:niet|geen) (?:door|verder) naar de (?:volgende|tweede)",
    r"besloten (?:om )?(?:je |u |jou )?(?:niet|geen)",
    r"(?:kiezen|gekozen|gaan|verder|door) (?:voor|met) (?:een |de )?(?:andere?|interne?) "
    r"(?:kandidaat|kandidaten|sollicitant|sollicitanten)",
    r"afwijzing",
    r"iemand anders (?:aangenomen|gekozen|geselecteerd|aan te nemen|te kiezen)",
    r"afgewezen",
    r"(?:je|u|jou) (?:helaas )?(?:moeten )?teleur(?:stellen|te stellen)",
    r"niet (?:verder )?in behandeling",
    r"niet (?:met (?:je|jou|u) )?verder",
    r"(?:besloten|besluiten) (?:[\w-]+ ){0,5}niet (?:voort te zetten|door te gaan|verder te gaan|"
    r"te vervolgen)",
    r"andere kandidaat (?:aan te nemen|aangenomen|gekozen|geselecteerd)",
    r"met (?:een|de) andere (?:kandidaat|sollicitant) verder",
    r"(?:vacature|functie|positie) (?:inmiddels |al |helaas )+(?:vervuld|ingevuld)",
    # the verb first after an adverb: "Inmiddels is de vacature ingevuld"
    r"(?:is|werd) de (?:vacature|functie|positie|rol) (?:inmiddels |al |helaas |ook )*(?:vervuld|"
    r"ingevuld|vergeven|gesloten)",
    r"(?:stoppen|beeindigen) (?:we |wij )?(?:de|het|onze) (?:[\w-]+ )?(?:procedure|proces) met "
    r"(?:jou|je|u)",
    r"(?:vacature|functie|positie|rol)(?: [\w-]+){0,3} (?:is|werd|zijn) (?:inmiddels |al |helaas )*"
    r"(?:vervuld|ingevuld|gesloten|ingetrokken|komen te vervallen)",
    r"(?:werving|wervingsprocedure|procedure|selectieprocedure)(?: [\w-]+){0,3} (?:is|wordt|werd) "
    r"(?:stopgezet|ingetrokken|geannuleerd|gestopt|beeindigd)",
    r"niet (?:bent |ben |is |zijn )?(?:geselecteerd|gekozen|uitgenodigd)",
    r"geen (?:aanbod|positief (?:bericht|besluit))",
    r"(?:niet|geen) (?:meer )?in aanmerking",
)
_REJECTION_ES = (
    r"(?:avanz|segu|sig|continu|prosegu|optado|decant|quedad)\w* (?:adelante )?(?:con|por) "
    r"otr[oa]s? (?:[\w-]+ )?(?:candidat|perfil|persona|postulante)\w*",
    r"(?:elegi|escogi|seleccionamos|nos quedamos con|optamos por)\w* (?:a )?otr[oa]s? (?:persona|"
    r"candidat|perfil)\w*",
    r"no (?:continuaras|seguiras|avanzaras|pasaras|continuara|seguira|avanzara|pasara)",
    r"(?:no|ya no) (?:ha|has|han|hemos|fue|fuiste|haya) (?:sido |resultado |quedado )?"
    r"(?:seleccionad|elegid|aceptad|preseleccionad)\w*",
    r"no (?:vamos a|podemos|podremos|continuaremos|seguiremos|avanzaremos|podre|podria)(?: poder)? "
    r"(?:continuar|seguir|avanzar|contar|adelante|con tu|con su)",
    r"no (?:continuar|seguir|avanzar|avanzaremos|continuaremos|seguiremos) (?:adelante )?con (?:tu"
    r"|su) "
    r"(?:candidatura|proceso|postulacion|aplicacion|perfil)",
    r"decidido no (?:avanzar|continuar|seguir|contar)",
    r"(?:otr[oa]s?) (?:candidat[oa]s?|perfil(?:es)?|personas?) (?:que|cuy[oa]s?|con|mas)",
    r"(?:puesto|vacante|posicion|plaza|proceso|convocatoria)(?: [\w-]+){0,6} (?:ha sido|fue|esta|"
    r"ya esta|se ha|ya ha sido) (?:cubiert[oa]|cerrad[oa]|cancelad[oa]|suspendid[oa]|anulad[oa])",
    r"descartad[oa]s?",
    r"(?:contratar|contratado|contratamos|incorporar|incorporado|incorporamos|seleccionado|elegido)"
    r" a (?:otr[oa]|un[a]?) (?:persona|candidat[oa]|perfil|profesional)",
    r"(?:optado|optamos|decantado|decantamos|decidido|decidimos|inclinado) por (?:un|una|otr[oa]) "
    r"(?:[\w-]+ ){0,2}(?:perfil|candidat[oa]|persona|postulante)",
    r"candidatura(?: [\w-]+){0,3} (?:ha sido|fue) rechazada",
    r"no (?:ha )?prosperad[oa]",
    r"no (?:fue|ha sido|has sido) considerad[oa]",
    r"no (?:ha|has|hemos) superado",
    r"no seguir(?:emos)? adelante",
    r"(?:perfil|experiencia)(?: [\w-]+){0,2} no (?:encaja|se ajusta|cumple)",
)
_REJECTION_PT = (
    r"nao (?:seguiremos|vamos seguir|iremos seguir|prosseguiremos|daremos (?:continuidade"
    r"|sequencia|"
    r"seguimento)|avancaremos|vamos avancar|vamos prosseguir|poderemos seguir|poderemos avancar)",
    r"nao (?:foi|foram|sera|fomos|foste) (?:selecionad|aprovad|escolhid)\w*",
    r"(?:seguir|seguimos|seguiremos|prosseguir|prosseguimos|optamos por|optou por|escolhemos|"
    r"decidimos seguir) (?:com )?(?:outr[oa]s?) (?:candidat|perfil|perfis|pessoa|profissiona)\w*",
    r"vaga(?: [\w-]+){0,6} (?:ja )?(?:foi |esta |ja foi )?(?:preenchida|encerrada|cancelada"
    r"|fechada)",
    r"nao (?:seguir|avancar|continuar|prosseguir) com (?:a )?(?:sua|tua) candidatura",
    r"processo(?: seletivo)? (?:foi )?(?:encerrado|cancelado) (?:para|nesta)",
    r"(?:processo|vaga)(?: [\w-]+){0,6} (?:foi|esta|ja foi) (?:encerrad|cancelad|fechad"
    r"|preenchid)[oa]",
    r"nao (?:esta|e|estava) aderente",
    r"(?:contratar|contratamos|contratado|contratada|escolhemos|escolhido|escolhida) (?:a |o )?"
    r"(?:outr[oa]|um|uma) (?:pessoa|candidat[oa]|profissional|perfil)",
    r"candidatura(?: [\w-]+){0,3} (?:foi) (?:recusada|reprovada|rejeitada)",
    r"nao (?:teremos como|poderemos|vamos poder) (?:seguir|avancar|prosseguir|continuar)",
    r"(?:optamos|decidimos|resolvemos|escolhemos) (?:por )?nao (?:avancar|seguir|prosseguir|"
    r"continuar|dar (?:seguimento|continuidade|sequencia))",
    r"nao (?:vamos|iremos) dar (?:seguimento|continuidade|sequencia)",
)
_REJECTION_IT = (
    r"non (?:proseguiremo|procederemo|potremo (?:procedere|proseguire|dare seguito)|"
    r"possiamo (?:procedere|proseguire|dare seguito))",
    r"(?:non (?:e|sei|siete) stat[oa]|non sia stat[oa]) (?:selezionat|scelt|ammess|individuat|"
    r"accolt)\w*",
    r"(?:scelto|preferito|selezionato|proseguire con|procedere con|orientati su|optato per) "
    r"(?:un |una |altri |altre |un'|il |la )?(?:altr[oaie]|altro|diverso|diversa) ?"
    r"(?:candidat|profil|persona)\w*",
    r"esito (?:negativo|non positivo)",
    r"(?:assumere|assunto|assunta|assumiamo|scelto|selezionato) (?:un altro |un'altra |un |una |"
    r"un'|altri )(?:candidat[oaie]|persona|profilo|profili)",
    r"(?:scelta|scelto|orientati|optato) (?:di |su |per )?(?:un |una |un')?(?:altr[oa]|diverso|"
    r"diversa) (?:candidat|profil|persona)\w*",
    r"non (?:ha|hai) superato",
    r"candidatura(?: [\w-]+){0,3} (?:e stata|e) (?:respinta|rifiutata|non accolta)",
    r"(?:posizione|ruolo|posto)(?: [\w-]+){0,6} (?:e stat[oa]|e gia stat[oa]|e gia|e ora) "
    r"(?:(?:ri)?copert[oa]|occupat[oa]|chiusa|chiuso|assegnat[oa]|annullat[oa])",
    r"(?:selezione|ricerca|processo)(?: [\w-]+){0,6} (?:e stat[oa]|e) (?:annullat|chius|sospes|"
    r"interrott)[oa]",
    r"non (?:potremo |possiamo )?dar(?:e|ti|le|vi) (?:un )?seguito",
    r"non (?:procedere|proseguire|andare avanti) (?:con|oltre)",
    r"(?:deciso|ritenuto|scelto|stabilito) di non (?:procedere|proseguire|andare avanti|"
    r"continuare)",
    r"non (?:andremo|andiamo|potremo andare|possiamo andare) avanti",
    r"non (?:e |sei )?(?:in linea|rientra|risulta in linea)",
    r"individuato (?:un |una )?(?:altr[oa]|diverso) (?:candidat|profil)\w*",
    r"individuato (?:un |una )?(?:profilo|candidat[oa]) (?:piu|maggiormente)",
)
# Someone else chosen, told as the fit of "a" candidate, never the reader: an indefinite
# candidate or profile whose experience fits more or better ("a candidate whose background
# aligns more closely", "un profil dont l'expérience correspond davantage", "einer Kandidatin,
# deren Erfahrung besser passt"). An acknowledgement speaks of "the candidates who best match".
# ... and in the active voice, naming any kind of post (a job, a place on a scheme, an
# apprenticeship): "we've offered the place to someone with more experience", "wir haben den
# Ausbildungsplatz an jemand anderen vergeben", "nous avons proposé le poste à une autre
# personne", "le dimos el puesto a otro candidato", "we hebben de functie aan iemand anders
# aangeboden". Nobody ("a nadie", "aan niemand") is never another.
_POST_EN = (
    r"(?:role|position|job|post|place|spot|vacancy|opening|apprenticeship|traineeship|internship|"
    r"placement|contract|opportunity)"
)
_GAVE_TO_ANOTHER = (
    r"(?:offered|given|gave|awarded|handed|(?:decided|chosen|chose|opted) to (?:offer|give|"
    r"award)) (?:the|this|that|our) (?:[\w-]+ ){0,2}?"
    + _POST_EN
    + r"(?: [\w-]+){0,3}? to (?:another|someone|somebody|a different|an? other|the other|"
    r"one of|an? (?:[\w-]+ ){0,2}?(?:candidate|applicant|person|individual))",
    r"(?:die|den|das|diese[nms]?|unsere[nms]?) (?:[\w-]+ )?(?:\w*stelle|\w*platz|position|job|"
    r"vertrag|rolle)(?: [\w-]+){0,2}? (?:an )?(?:eine[nmr]? )?(?:andere[nmr]?|jemand\w*|"
    r"weitere[nmr]?) (?:[\w:*-]+ ){0,2}(?:vergeben|angeboten|gegeben|zugesagt)",
    r"(?:propose|offert|attribue|confie|donne)e?s? (?:le|la|ce|cette|notre|l') ?(?:[\w-]+ ){0,2}?"
    r"(?:poste|place|stage|contrat|alternance|mission|emploi)(?: [\w-]+){0,2}? a (?:un autre|"
    r"une autre|quelqu'un|un\w* candidat\w*|une personne|un profil)",
    r"(?:de|het|deze|onze) (?:[\w-]+ )?(?:functie|vacature|positie|rol|baan|\w*plek|\w*plaats|"
    r"opdracht|contract)(?: [\w-]+){0,2}? aan (?:iemand|een andere|de andere|een collega)"
    r"(?: [\w-]+){0,2}? (?:aangeboden|gegund|gegeven|toegekend|vergeven)",
    r"(?:(?:ofrecid|otorgad|adjudicad|asignad)[oa]|(?:ofreci|otorga|adjudica|asigna)mos|dado|"
    r"dimos|dio|dieron) (?:el|la|este|esta|nuestr[oa]) (?:[\w-]+ ){0,2}?(?:puesto|plaza|vacante|"
    r"posicion|trabajo|beca|contrato|practicas)(?: [\w-]+){0,2}? a (?:otr[oa]|alguien|"
    r"un[a]? (?:candidat\w*|persona|postulante))",
    r"(?:(?:oferecid|atribuid)[oa]|oferecemos|atribuimos|dado|demos|deu|deram|entregamos) "
    r"(?:a|o|esta|este|noss[oa]) (?:[\w-]+ ){0,2}?(?:vaga|posicao|cargo|posto|lugar|trabalho|"
    r"estagio|contrato)(?: [\w-]+){0,2}? (?:a|para|ao) (?:outr[oa]|alguem|"
    r"um[a]? (?:candidat\w*|pessoa|profissional))",
    r"(?:offert[oa]|assegnat[oa]|dat[oa]|propost[oa]|affidat[oa]) (?:il|la|lo|l'|questo|"
    r"questa) ?(?:[\w-]+ ){0,2}?(?:posto|posizione|ruolo|lavoro|incarico|contratto|stage|"
    r"tirocinio)(?: [\w-]+){0,2}? (?:a|ad) (?:un altr[oa]|un'altra|qualcun\w*|altr[oa]|"
    r"un[a]? (?:candidat\w*|persona))",
)
_FITTER_OTHER = (
    r"(?:a|an|one|another) (?:[\w-]+ ){0,2}(?:candidate|applicant|profile|person|individual),? "
    r"(?:whose|who|with|that) (?:[\w'-]+ ){0,6}?(?:more|better|closer|stronger)(?! than)",
    # "someone" chosen: "gone with someone with more retail experience"
    r"(?:go|goes|went|gone|going|decided|chose|chosen|opted|hired|picked|selected|appointed)"
    r"(?: [\w'-]+){0,3}? (?:someone|somebody) (?:whose|who|with|that) (?:[\w'-]+ ){0,4}?"
    r"(?:more|better|stronger)(?! than)",
    r"fur (?:jemand|jemanden) (?:mit|der|dessen) (?:[\w-]+ ){0,4}?(?:mehr|besser)(?! als)",
    r"(?:choisi|retenu|opte pour|prefere|recrute|engage|embauche) quelqu'un (?:qui|avec|ayant|"
    r"dont) (?:[\w'-]+ ){0,4}?(?:plus|mieux|davantage)(?! de)",
    r"(?:gekozen|kiezen|gaan|gegaan) voor iemand (?:met|die|wiens) (?:[\w-]+ ){0,4}?"
    r"(?:meer|beter)(?! dan)",
    r"(?:vamos|fuimos|elegido a|elegimos a|optado por|optamos por|contratado a|contratamos a|"
    r"decantado por|quedamos con|seleccionado a)(?: con)? alguien (?:con|que|cuy[oa]) "
    r"(?:[\w-]+ ){0,4}?(?:mas|mejor)(?! de)",
    r"(?:escolhemos|optamos por|contratamos|seguimos com|vamos com|fomos com|selecionamos) "
    r"alguem (?:com|que|cuj[oa]) (?:[\w-]+ ){0,4}?(?:mais|melhor)(?! de)",
    r"(?:scelto|optato per|assunto|selezionato|andiamo con|andati con) qualcuno (?:con|che|"
    r"il cui|la cui) (?:[\w'-]+ ){0,4}?(?:piu|meglio)(?! di)",
    r"(?:einer|einem|einen|eine) (?:[\w-]+ ){0,2}(?:kandidat\w*|bewerber\w*|person|profil)"
    r"(?: [\w-]+)?,? (?:dessen|deren|der|die|mit) (?:[\w-]+ ){0,6}?"
    r"(?:besser|mehr|naher|starker|genauer)(?! als)",
    r"(?:un|une) (?:autre )?(?:[\w-]+ ){0,2}(?:candidat|candidate|profil|personne),? "
    r"(?:dont|qui|avec|ayant) (?:[\w'-]+ ){0,6}?(?:plus|mieux|davantage)(?! de)",
    r"een (?:[\w-]+ ){0,2}(?:kandidaat|kandidate|sollicitant|profiel|persoon),? "
    r"(?:wiens|wier|die|met|van wie) (?:[\w-]+ ){0,6}?(?:beter|meer|dichter|sterker)(?! dan)",
    r"(?:un|una|otro|otra) (?:[\w-]+ ){0,2}(?:candidat[oa]|perfil|persona|postulante),? "
    r"(?:cuy[oa]s?|que|con) (?:[\w-]+ ){0,6}?(?:mas|mejor)(?! de)",
    r"(?:um|uma|outro|outra) (?:[\w-]+ ){0,2}(?:candidat[oa]|perfil|pessoa|profissional),? "
    r"(?:cuj[oa]s?|que|com) (?:[\w-]+ ){0,6}?(?:mais|melhor)(?! de)",
    r"(?:un|una|un altro|un'altra|un') ?(?:[\w-]+ ){0,2}(?:candidat[oa]|profilo|persona),? "
    r"(?:il cui|la cui|i cui|le cui|che|con) (?:[\w'-]+ ){0,6}?(?:piu|meglio)(?! di)",
)
# The hiring itself ends for everyone: the post abolished or lapsed ("the role no longer
# exists", "entfällt", "komt te vervallen", "supprimé"), or the process closed for all
# candidates, in either word order ("closing the process for all candidates", "we ronden de
# procedure voor alle kandidaten af").
_ALL_CANDIDATES = (
    r"(?:for|to) (?:all|every|each) (?:of the )?(?:candidates?|applicants?)|for everyone",
    r"fur (?:alle|samtliche|jeden) (?:bewerber\w*|kandidat\w*)|fur alle",
    r"pour (?:l'ensemble des|tous les|toutes les|chaque) (?:candidat\w*|postulant\w*)",
    r"voor (?:alle|iedere|elke) (?:kandidaten|kandidaat|sollicitanten|sollicitant)|voor iedereen",
    r"para (?:todos los|todas las|cada) (?:candidat\w*|postulantes?)|para todos",
    r"para (?:todos os|todas as|cada) (?:candidat\w*)|para todos",
    r"per (?:tutti i|tutte le|ogni|ciascun) (?:candidat\w*)|per tutti",
)
_CLOSING = (
    r"clos\w*|end\w*|conclud\w*|stop\w*|cancel\w*|discontinu\w*|wind\w* down|wrap\w* up",
    r"beend\w*|schliess\w*|geschlossen|abgeschlossen|abschliess\w*|einstell\w*|eingestellt|"
    r"abbrech\w*|abgebrochen",
    r"clo[st]\w*|clotur\w*|mett\w* fin|mis fin|arret\w*|annul\w*|termin\w*",
    r"(?:ronden|rond|sluiten|sluit|beeindig\w*|stoppen|stop)|afgesloten|"
    r"afgerond|beeindigd|gestopt|stopgezet|stopzetten",
    r"cerr\w*|finaliz\w*|conclu\w*|cancel\w*|suspend\w*|anul\w*",
    r"encerr\w*|finaliz\w*|conclu\w*|cancel\w*|suspend\w*",
    r"chiu[sd]\w*|conclu[sd]\w*|annull\w*|interromp\w*|sospend\w*|termin\w*",
)
# Others chosen, told as the closer fit of the candidates the company goes on with ("moved
# forward with candidates whose experience more closely aligns", "für Bewerber:innen
# entschieden, deren Profil besser passt", "poursuivre avec des candidats dont le profil
# correspond davantage"): a comparison, never the superlative an acknowledgement promises to
# those "whose profile best matches".
# A pair of nouns naming both genders or two groups: "Kandidatinnen und Kandidaten",
# "candidates et candidats", "candidatos y candidatas", "candidates and applicants".
_PAIR = r"(?: (?:and|or|und|oder|et|ou|en|of|y|o|e) [\w-]+)?"
_CHOSEN_OTHERS = (
    r"(?:with|on|for|pursue|pursuing|chosen|chose|selected|prioriti[sz]e\w*|favou?r\w*) "
    r"(?:other |several |some )?(?:candidates|applicants|profiles|individuals|people)"
    + _PAIR
    + r",? "
    r"(?:whose|who|with|that|whom) (?:[\w'-]+ ){0,6}?(?:more|better|closer|stronger|greater)"
    r"(?! than)",
    r"(?:fur|zugunsten|mit) (?:andere |anderen |weitere |weiteren )?(?:kandidat|bewerber|"
    r"profil)\w*" + _PAIR + r"(?: entschieden| fort\w*| weiter\w*)?,? (?:deren|die|mit|dessen) "
    r"(?:[\w-]+ ){0,6}?(?:besser|mehr|naher|starker|genauer)(?! als)",
    r"(?:avec|pour|sur) (?:des|d'autres|les) (?:candidat\w*|profils?|personnes?)"
    + _PAIR
    + r" (?:dont|qui|"
    r"ayant|avec) (?:[\w'-]+ ){0,6}?(?:plus|mieux|davantage)(?! de)",
    r"(?:voor|met) (?:andere )?(?:kandidaten|sollicitanten|profielen)"
    + _PAIR
    + r" (?:wier|die|met|van wie|"
    r"waarvan) (?:[\w-]+ ){0,6}?(?:beter|meer|dichter|sterker)(?! dan)",
    r"(?:con|por|a) (?:otr[oa]s )?(?:candidat[oa]s|perfiles|postulantes|personas)"
    + _PAIR
    + r" (?:cuy[oa]s?|"
    r"que|con) (?:[\w-]+ ){0,6}?(?:mas|mejor)(?! de)",
    r"(?:com|por) (?:outr[oa]s )?(?:candidat[oa]s|perfis|pessoas|profissionais)"
    + _PAIR
    + r" (?:cuj[oa]s?|"
    r"que|com) (?:[\w-]+ ){0,6}?(?:mais|melhor)(?! de)",
    r"(?:con|per|su) (?:altri )?(?:candidat[ie]|profili|persone)"
    + _PAIR
    + r" (?:il cui|la cui|i cui|le cui|"
    r"che|con) (?:[\w'-]+ ){0,6}?(?:piu|meglio|maggiormente)(?! di)",
)
# The post filled from inside: "filled internally", "intern besetzt", "pourvu en interne",
# "una risorsa interna".
_FILLED_INSIDE = (
    r"(?:filled|appointed|recruited|hired|promoted|gone|went|going|decided) (?:internally|"
    r"from within|in-house)",
    r"(?:through|by|with|via|to) an internal (?:appointment|applicant|hire|promotion|transfer|"
    r"move|colleague)",
    r"(?:picked|chosen|chose|selected|hired|appointed|gone with|went with|going with|found|"
    r"promoted) (?:someone|somebody|a person|a colleague) (?:internal|in-house|from (?:within|"
    r"inside))",
    r"(?:go|gone|went|going|decided to go) internal",
    r"intern (?:besetzt|vergeben|nachbesetzt|entschieden)",
    # "die Stelle intern mit einer langjährigen Mitarbeiterin besetzt"
    r"intern (?:mit|durch) (?:einer|einem|einen|eine) (?:[\w-]+ ){0,2}(?:mitarbeiter\w*|"
    r"kolleg\w*|kandidat\w*|bewerber\w*)",
    r"(?:fur|mit|durch) (?:eine[nrm]? )?interne[nrms]? (?:kandidat|bewerber|besetzung|losung|"
    r"nachbesetzung|person|mitarbeit|kolleg)\w*",
    r"(?:pourvue?|comblee?|recrutee?|attribuee?) (?:en interne|par (?:un|une) (?:candidat|"
    r"collaborat|mobilite|personne)\w* interne)",
    r"(?:candidat|candidature|collaborat\w*|profil)e? interne",
    r"(?:intern|binnen de organisatie) (?:ingevuld|vervuld|opgevuld)",
    r"interne (?:kandidaat|sollicitant|oplossing|invulling)",
    r"(?:cubiert[oa]|ocupad[oa]) (?:de forma interna|internamente|con (?:una )?promocion "
    r"interna|por (?:un|una) (?:candidat|perfil|persona)\w* intern[oa])",
    r"(?:candidat[oa]|promocion|perfil) intern[oa]",
    r"(?:preenchid[oa]|ocupad[oa]) (?:internamente|por (?:um|uma) (?:candidat[oa]|"
    r"colaborador[a]?|profissional) intern[oa])",
    r"(?:candidat[oa]|perfil|colaborador[a]?) intern[oa]",
    r"(?:(?:ri)?copert[oa]|assegnat[oa]|occupat[oa]) internamente",
    r"(?:risorsa|candidat[oa]|profilo) intern[oa]",
    # a colleague found inside and the post given to them: "found a colleague internally",
    # "intern eine Kollegin gefunden", "trouvé en interne", "de vacature aan haar gegeven"
    r"(?:found|identified) (?:a colleague|someone|somebody|a (?:[\w-]+ )?(?:candidate|person)) "
    r"(?:internally|in-house|within (?:the|our) (?:team|company|organi[sz]ation))"
    r"(?: [\w'-]+){0,5} (?:role|position|job|post|vacancy)",
    r"(?:given|offered|awarded) (?:the|this) (?:role|position|job|post|vacancy) to (?:her|him|"
    r"them|a colleague|one of our)",
    r"intern (?:eine[nm]? )?(?:kollegin|kollegen|person|nachfolger\w*|losung) gefunden",
    r"(?:stelle|position|vakanz) (?:an|mit) (?:sie|ihn|eine kollegin|einen kollegen) "
    r"(?:vergeben|besetzt)",
    r"(?:trouve|identifie|recrute)e? en interne|en interne (?:un|une) (?:collegue|"
    r"collaborat\w*|personne)",
    r"intern (?:een )?(?:collega|kandidaat|iemand|persoon) (?:gevonden|gekozen|aangenomen)",
    r"(?:vacature|functie|rol|positie|baan)(?: [\w-]+){0,2} aan (?:haar|hem|een collega) "
    r"(?:gegeven|gegund|toegekend|aangeboden)",
    r"(?:encontrado|encontramos|identificado|identificamos) (?:internamente|de forma interna|"
    r"dentro de la empresa)",
    r"(?:encontr|identific)\w* (?:internamente|dentro da empresa)",
    r"(?:trovato|individuato|trovata|individuata) (?:internamente|all'interno)",
)
_POST_GONE = (
    r"(?:role|position|job|post|vacancy|opening)(?: [\w-]+){0,3} (?:no longer exists|"
    r"(?:has|have|had) been (?:eliminated|abolished|removed|made redundant|put on hold))",
    r"(?:entfallt|entfallen) (?:die|diese) (?:stelle|position|vakanz)|"
    r"(?:stelle|position|vakanz)(?: [\w-]+){0,3} (?:entfallt|entfallen|fallt weg|wurde gestrichen)",
    r"(?:poste|offre)(?: [\w'-]+){0,6} (?:est|a ete) (?:supprime|gele)e?",
    r"(?:vervalt|komt te vervallen|vervallen) (?:de|deze) (?:functie|vacature|positie|rol)|"
    r"(?:functie|vacature|positie|rol)(?: [\w-]+){0,3} (?:vervalt|komt te vervallen|is opgeheven)|"
    r"(?:komt|kwam) (?:de|deze) (?:functie|vacature|positie|rol)(?: [\w-]+){0,3} te vervallen",
    r"(?:puesto|vacante|posicion|plaza)(?: [\w-]+){0,3} (?:desaparece|se elimina|ha sido "
    r"eliminad[oa]|queda (?:anulad|suprimid)[oa])",
    r"(?:vaga|posicao|cargo)(?: [\w-]+){0,3} (?:foi|sera) (?:extint|eliminad|congelad)[oa]",
    r"(?:posizione|ruolo|posto)(?: [\w-]+){0,3} (?:e stat[oa]|e|viene) (?:soppress|eliminat|"
    r"congelat)[oa]",
)
_CLOSED_FOR_ALL = tuple(
    rf"(?:{close})(?: [\w'-]+){{0,6}} (?:{everyone})|(?:{everyone})(?: [\w'-]+){{0,6}} (?:{close})"
    for close, everyone in zip(_CLOSING, _ALL_CANDIDATES, strict=True)
)
# The employer decides not to fill the post, or stops the selection procedure, told to those
# who took part ("the board has decided not to fill the post", "die Stelle wird nicht besetzt;
# das Verfahren ist damit beendet", "la procédure est donc clôturée", "de selectieprocedure
# wordt hierbij stopgezet", "el proceso queda cerrado"): an outcome for every candidate.
# ... not a delay: "will not be filled before January", "nicht vor März besetzt".
_NOT_YET = (
    r"(?! (?:before|until|till|prior|yet|vor|bis|erst|avant|jusqu|antes|hasta|ate|prima|fino|"
    r"voor|tot|pas)\b)"
)
_NOT_FILLED = (
    r"(?:post|role|position|vacancy|job)(?: [\w-]+){0,4} (?:will|would|is going to) not be "
    r"(?:filled|recruited|appointed)" + _NOT_YET,
    r"(?:decided|decision|resolved|agreed|chosen|opted) not to (?:recruit|appoint|go ahead with "
    r"the (?:appointment|hire|recruitment))",
    r"(?:stelle|position|vakanz)(?: [\w.-]+){0,6} (?:wird|werden|soll|sollen|kann|konnen) "
    r"(?:[\w-]+ ){0,4}nicht (?:besetzt|nachbesetzt|vergeben)" + _NOT_YET,
    r"(?:stelle|position|vakanz)(?: [\w.-]+){0,4} nicht (?:zu )?(?:besetzen|nachzubesetzen)",
    r"(?:verfahren|prozess|rekrutierung|ausschreibung)(?: [\w-]+){0,3} (?:ist|wird|wurde) "
    r"(?:[\w-]+ ){0,3}?(?:beendet|eingestellt|abgebrochen|gestoppt|aufgehoben)",
    r"ne (?:pas|plus) (?:pourvoir|recruter sur|maintenir) (?:le|ce|la|cette) (?:poste|fonction)",
    r"(?:poste|fonction)(?: [\w-]+){0,3} ne sera (?:finalement )?pas (?:pourvue?|attribuee?)"
    + _NOT_YET,
    r"(?:processus|recrutement|procedure|campagne|selection)(?: [\w-]+){0,3} (?:est|a ete) "
    r"(?:[\w-]+ ){0,2}?(?:clos|close|cloturee?|arretee?|annulee?|interrompue?|suspendue?)",
    r"(?:vacature|functie|positie|rol)(?: [\w-]+){0,5} niet (?:in te vullen|te vervullen|op te "
    r"vullen|(?:in|op)vullen|vervullen)",
    r"(?:vacature|functie|positie|rol)(?: [\w-]+){0,3} (?:wordt|zal) (?:[\w-]+ ){0,3}niet "
    r"(?:ingevuld|vervuld|opgevuld)" + _NOT_YET,
    r"(?:werving|procedure|selectie|wervingsprocedure|selectieprocedure|sollicitatieprocedure)"
    r"(?: [\w-]+){0,3} (?:is|wordt|werd) (?:[\w-]+ ){0,2}?(?:stopgezet|ingetrokken|geannuleerd|"
    r"gestopt|beeindigd|afgebroken)",
    r"(?:decidido|decidio|decidimos|resuelto|resolvio|optado por) no (?:cubrir|ocupar|dotar|"
    r"contratar)",
    r"(?:plaza|puesto|vacante|posicion)(?: [\w-]+){0,3} no se (?:cubrira|va a cubrir|ocupara)"
    + _NOT_YET,
    r"(?:proceso|convocatoria|seleccion)(?: [\w-]+){0,6} (?:queda|ha quedado|se da por|ha sido|"
    r"fue|se ha) (?:[\w-]+ ){0,2}?(?:cerrad|cancelad|suspendid|anulad|desiert)[oa]",
    r"(?:decidiu|decidimos|optou|optamos|resolveu|resolvemos) (?:por )?nao (?:preencher|prover|"
    r"ocupar|contratar)",
    r"(?:vaga|posicao|cargo)(?: [\w-]+){0,3} nao (?:sera|vai ser) (?:preenchid|ocupad|provid)[oa]"
    + _NOT_YET,
    r"processo(?: [\w-]+){0,3} (?:foi|esta|fica) (?:[\w-]+ ){0,2}?(?:encerrad|cancelad|"
    r"suspens|interrompid)[oa]",
    r"(?:deciso|scelto|stabilito) di non (?:procedere (?:con|alla) (?:la )?copertura|coprire|"
    r"ricoprire|assumere)",
    r"(?:posizione|ruolo|posto)(?: [\w-]+){0,3} non (?:sara|verra) (?:copert|ricopert|assegnat)"
    r"[oa]" + _NOT_YET,
    r"(?:procedura|selezione|processo|ricerca)(?: [\w-]+){0,4} (?:e|e stat[oa]|viene) "
    r"(?:[\w-]+ ){0,2}?(?:chius|annullat|sospes|interrott)[oa]",
)
REJECTION = _compile(
    _REJECTION_EN, _REJECTION_DE, _REJECTION_FR, _REJECTION_NL, _REJECTION_ES, _REJECTION_PT,
    _REJECTION_IT, _FITTER_OTHER, _CHOSEN_OTHERS, _FILLED_INSIDE, _POST_GONE, _CLOSED_FOR_ALL,
    _NOT_FILLED, _GIVEN_TO_ANOTHER, _GAVE_TO_ANOTHER, _WITH_OTHER_PEOPLE,
)  # fmt: skip

# --------------------------------------------------------------------------- stated offer
# The company offers the job: "extend you an offer", "offer letter", "we'd like to offer you the
# role", "the job is yours", ATS "Review Offer" tasks.

# ... not an offer of a time or a meeting: "accetta la proposta di colloquio".
_NOT_A_MEETING = (
    r"(?! (?:de|di|d'|da|do|du|des|del|per|para|for|of|voor|van|zum|zur|fur) (?:[\w'-]+ )?"
    r"(?:colloqui\w*|entrevista|entretien|horari\w*|orari\w*|data|date|appuntamento|incontro|"
    r"rendez-vous|reuniao|reunion|cita|fecha|gesprek|afspraak|termin\w*|interview\w*))"
)
# An offer made by phone or in person, confirmed in writing by someone on the company's side:
# "to confirm the offer Dana made you this morning", "je vous confirme la proposition que ...".
_OFFER_CONFIRMED = (
    r"(?:confirm(?:s|ing|ed)? (?:\w+ )?|confirmation of )(?:the|our|your) (?:verbal |formal |job )?"
    r"offer" + _NOT_A_MEETING,
    # the confirmation named as a noun: "Bestätigung des Angebots", "confirmação da proposta"
    r"(?:bestatigung (?:des|unseres) (?:angebots|stellenangebots|vertragsangebots)|"
    r"confirmation de (?:la proposition|l'offre|notre offre)|confirmacion de (?:la|nuestra) "
    r"(?:oferta|propuesta)|confirmacao da (?:nossa )?(?:proposta|oferta)|conferma "
    r"(?:della|dell')(?: nostra)? ?(?:proposta|offerta))" + _NOT_A_MEETING,
    r"(?:bestatige|bestatigen) (?:ich |wir )?(?:ihnen |dir )?(?:hiermit |gerne )?(?:das|unser) "
    r"(?:angebot|stellenangebot|vertragsangebot)" + _NOT_A_MEETING,
    r"(?:confirme|confirmons|confirmer) (?:\w+ )?(?:la proposition|l'offre|notre offre)"
    + _NOT_A_MEETING,
    r"(?:confirmo|confirmamos|confirmar|confirmarte|confirmarle)(?:te|le)? (?:\w+ )?(?:la|nuestra) "
    r"(?:oferta|propuesta)" + _NOT_A_MEETING,
    r"(?:confirmo|confirmamos|confirmar)(?:-lhe|-te)? (?:\w+ )?(?:a|nossa) (?:proposta|oferta)"
    + _NOT_A_MEETING,
    r"(?:confermo|confermiamo|confermarti|confermarle) (?:\w+ )?(?:la (?:nostra )?|l')"
    r"(?:proposta|offerta)" + _NOT_A_MEETING,
)
# The company is about to make the offer, told by its agent or assistant: "Othercorp wants to make
# you an offer", "quiere hacerte una oferta", "vuole farti una proposta per il ruolo".
_OFFER_COMING = (
    r"(?:quiere|quieren|quisiera|quisieran|desea|desean|va a|van a) (?:hacerte|hacerle|haceros) "
    r"(?:una|la) (?:oferta|propuesta)" + _NOT_A_MEETING,
    r"(?:te|le|os) (?:quiere|quieren|va a|van a) hacer (?:una|la) (?:oferta|propuesta)"
    + _NOT_A_MEETING,
    r"(?:quer|querem|deseja|desejam|vai|vao)(?: de)? (?:(?:lhe|te) fazer|fazer(?:-lhe|-te)?)"
    r"(?: a voce| para voce)? uma (?:proposta|oferta)" + _NOT_A_MEETING,
    r"(?:vuole|vogliono|vorrebbe|vorrebbero|desidera|desiderano|intende|intendono) "
    r"(?:farti|farle|farvi) (?:una|un') ?(?:proposta|offerta)" + _NOT_A_MEETING,
    r"(?:veut|veulent|souhaite|souhaitent|va|vont) te faire une (?:offre|proposition)"
    + _NOT_A_MEETING,
)
# The company or its agent offering the reader the post, in the present: "Velmora are offering
# you the role", "bietet Ihnen die Stelle an", "vous propose le poste", "te ofrecen el puesto".
_OFFERING_NOW = (
    r"(?:is|are|'re|'s) offering you (?:the|a|this) (?:[\w/&-]+ ){0,4}(?:role|position|job|post)",
    r"(?:bietet|bieten) (?:ihnen|dir|euch) (?:gerne |hiermit )?(?:die|diese|eine) (?:stelle|"
    r"position)",
    r"(?:vous|te) propos(?:e|ent|ons) (?:le|ce) poste",
    r"bied(?:t|en|en we|en wij)? (?:je|jou|u) (?:graag )?(?:de|deze) (?:functie|baan|positie|rol)",
    r"(?:te|le|les) ofrec(?:e|en|emos) (?:el|la|este|esta) (?:puesto|plaza|posicion|trabajo)",
    r"(?:te|lhe|vos) oferec(?:e|em|emos) (?:a|o|esta|este) (?:vaga|cargo|posicao|emprego)",
    r"(?:ti|le|vi) offr(?:e|ono|iamo) (?:la|il|questa|questo) (?:posizione|ruolo|posto|lavoro)",
)
_OFFER_EN = (
    r"(?:extend|extending|make|making|give|giving|send|sending)(?: you)? (?:a |an |the |our |your"
    r" )?"
    r"(?:formal |verbal |written |conditional |official |final |job )?offer",
    # ... the job, not a further meeting ("like to offer you a second interview")
    r"(?:like|love|pleased|happy|delighted|thrilled|excited|glad|want) to (?:formally |officially"
    r" )?"
    r"offer you(?! (?:a|an|another|the|your) (?:[\w-]+ ){0,3}(?:interview|meeting|chat|call|"
    r"conversation|slot|time|round|stage|assessment))",
    r"offer you (?:the|a|this) (?:[\w/&-]+ ){0,6}(?:position|role|job|post|place(?! (?:at|on|"
    r"in|for) (?:our|the|an?) (?:[\w-]+ )?(?:assessment|interview|selection|taster|trial|"
    r"open)))",
    r"(?:pleased|happy|delighted|thrilled) to offer(?! you (?:a|an|another|the|your) "
    r"(?:[\w-]+ ){0,2}(?:interview|meeting|chat|call|conversation|slot|time|round|stage|"
    r"assessment))",
    r"letter of (?:offer|appointment)|appointment letter",
    r"offer (?:letter|of employment|package|details|paperwork|documents?)",
    r"(?:job|employment|formal|written|verbal|conditional|official) offer",
    r"(?:review|sign|accept|view|see) (?:your |the |our )?(?:offer|contract)",
    r"your offer",
    r"offer (?:is|has been) (?:ready|attached|sent|on its way|coming)",
    r"(?:contract of employment|employment contract|employment agreement)",
    r"(?:the |this )?(?:job|role|position|post)(?:'s| is) yours",
    r"you(?:'ve| have)? got the (?:job|role|position)",
    r"(?:love|like|thrilled|excited|happy|delighted|want) (?:to have|to welcome) you (?:join|on"
    r" board|"
    r"aboard|on the team|as our|to the team)",
    r"welcome (?:you )?(?:aboard|on board|to the team)",
    r"(?:like|love|want|decided|delighted|pleased|happy) to hire you",
    r"(?:like|love|want) you to join (?:us|the team|our team)",
    r"(?:want|would love) you (?:on|in|to join) (?:the|our) team",
    r"want you (?:on board|aboard)",
    r"(?:make it|it's|it is) official",
    r"(?:confirm|offer you) (?:your |the )?appointment",
    r"(?:you were|you have been|you've been|you are) (?:the )?successful(?: candidate| (?:at|in) "
    r"(?:your |the )?(?:interview|application))?(?![\w-]* (?:in (?:passing|progressing|moving)"
    r"|to))",
    r"(?:been )?(?:selected|chosen) (?:for|as) (?:the|our) (?!next|second|final|following|further)"
    r"(?:[\w/&-]+ ){0,5}(?:position|role|job|post)",
    r"(?:attached|enclosed)(?: is| please find| you'll find)? (?:your|the|our) (?:formal )?"
    r"(?:offer|contract)",
)
_OFFER_DE = (
    r"vertragsangebot",
    r"angebotsschreiben",
    r"angebotsbrief",
    r"(?:arbeits|dienst|anstellungs)vertrag",
    # "Ihnen im Namen der Geschäftsführung die Stelle als Manager:in anzubieten"
    r"(?:die|diese) (?:stelle|position)(?: (?!nicht\b|kein)[\w:*/().-]+){0,6} "
    r"(?:anbieten|anzubieten)",
    r"(?:ihnen|dir) (?:gerne |hiermit )?(?:die |eine |ihre |deine )?(?:ernennung|berufung|"
    r"einstellung|verbeamtung) (?:[\w.-]+ ){0,4}(?:anbieten|anzubieten)",
    # the offer as a task in the portal: "Angebot prüfen", "prüfen Sie Ihr Angebot"
    r"(?:ihr|dein|das) (?:angebot|vertragsangebot) (?:prufen|ansehen|annehmen|einsehen)",
    r"(?:aufgabe|task)\W+(?:vertrags)?angebot (?:prufen|ansehen|annehmen|einsehen)",
    r"(?:prufen|sehen|nehmen) sie (?:ihr|das) (?:angebot|vertragsangebot)",
    r"(?:die|diese) (?:stelle|position) (?:gehort|ist) (?:ihnen|dir|deine|ihre)",
    r"(?:ihnen|dir|euch) (?:gerne |hiermit |heute |nun )?(?:ein |unser |das |ein konkretes |ein"
    r" schriftliches )?"
    r"(?:angebot|vertragsangebot|stellenangebot) (?:machen|unterbreiten|zukommen|schicken|senden|"
    r"vorlegen)",
    r"(?:ihnen|dir) (?:gerne |hiermit )?(?:eine |die )?zusage",
    r"(?:ihnen|dir) (?:gerne |hiermit )?die (?:stelle|position)(?: [\w-]+){0,5} (?:anbieten"
    r"|anzubieten)",
    # ... with the verb split, its "an" closing the clause: "bieten wir Ihnen die Stelle als
    # Lagerist an"
    r"(?:bieten|biete) (?:wir |ich )?(?:ihnen|dir|euch) (?:gerne |hiermit |heute |nun )?"
    r"(?:die|eine|den|einen) (?:[\w-]+ )?(?:stelle|position|job|vertrag|arbeitsvertrag|"
    r"ausbildungsplatz|arbeitsplatz|festanstellung)(?: (?!nicht\b|kein)[\w:*/().-]+){0,6} an",
    r"(?:sie|dich) (?:gerne )?(?:als [\w-]+ )?(?:einstellen|einzustellen|an bord holen)",
    r"willkommen (?:im|in unserem|an bord)",
    # "Ihnen einen Vertrag anbieten", "Sie in unserem Team begrüßen"
    r"(?:ihnen|dir) (?:gerne |hiermit )?(?:einen |den )?(?:vertrag|arbeitsvertrag) (?:anbieten|"
    r"anzubieten)",
    r"(?:sie|dich) (?:gerne |bald )?(?:in unserem|im) team (?:begrussen|willkommen heissen)",
    r"(?:sie|dich) (?:fur die|als) (?:stelle|position)(?: [\w-]+){0,5} ausgewahlt",
    r"(?:anbei|beigefugt)(?: [\w-]+){0,3} (?:angebot|vertrag\w*)",
    r"vertrag (?:zur|zum) (?:unterschrift|unterzeichnen)",
    r"(?:sie|du) (?:die|den) (?:stelle|job|position) (?:bekommen|erhalten)",
    r"zusage fur (?:die|den) (?:stelle|position|job)",
    r"(?:ihr|dein) (?:angebot|vertragsangebot|vertrag) (?:ist|liegt|steht) (?:jetzt |nun )?"
    r"(?:bereit|verfugbar|fertig|zur unterschrift)",
)
_OFFER_FR = (
    r"(?:proposition|promesse) d'embauche",
    r"proposition (?:de contrat|d'emploi|salariale|financiere|ferme)",
    r"lettre d'(?:offre|engagement|embauche)",
    r"offre (?:d'emploi |d'embauche )?(?:formelle|ferme|officielle|ecrite)",
    r"vous (?:proposer|offrir) (?:le poste|ce poste|un contrat|le contrat|de rejoindre)",
    r"vous faire (?:une|notre) (?:offre|proposition)",
    r"(?:vous accueillir|t'accueillir) (?:dans|au sein|parmi)",
    r"bienvenue (?:dans l'equipe|a bord|parmi nous)",
    r"candidature a ete retenue pour le poste",
    r"retenir (?:votre|ta) candidature pour le poste",
    r"(?:vous|te) (?:recruter|embaucher|engager)",
    r"contrat de travail",
    r"(?:le|ce) poste est (?:a vous|a toi|pour vous|pour toi)",
    # the appointment to a post: "vous proposer une nomination", "votre titularisation"
    r"(?:vous|te) proposer (?:une|la|votre|ta) (?:nomination|titularisation|affectation)",
    r"(?:consultez|consulter|examinez|examiner|acceptez|accepter|signez|signer) (?:(?:votre|ta|"
    r"l') ?)?(?:offre|proposition)" + _NOT_A_MEETING,
)
_OFFER_NL = (
    r"(?:aanbod|contractvoorstel|arbeidsvoorwaardenvoorstel|arbeidsovereenkomst|arbeidscontract|"
    r"aanbiedingsbrief|aanstellingsbrief)",
    r"(?:je|u|jou) (?:graag |hierbij )?(?:een |het |ons )?(?:aanbod|voorstel|contract) "
    r"(?:doen|te doen|sturen|aanbieden)",
    r"(?:de|deze) (?:functie|baan|positie|rol) (?:aan te bieden|aanbieden)",
    r"(?:je|u|jou) (?:graag )?(?:aannemen|aan te nemen|aan (?:te )?nemen|in dienst nemen)",
    r"(?:bent|ben|is|zijn) aangenomen",
    r"bieden (?:je|u|jou) (?:graag )?(?:de|deze) (?:functie|baan|positie|rol) aan",
    # "bieden we je graag een benoeming aan als docent", "je te benoemen tot"
    r"bieden (?:we |wij )?(?:je|jou|u) (?:graag |met plezier |hierbij )?(?:een |de |het )?"
    r"(?:benoeming|aanstelling|vaste aanstelling|functie|baan|positie|rol|contract)"
    r"(?: [\w,.-]+){0,8} aan",
    r"(?:je|jou|u) (?:graag )?(?:te )?benoemen (?:tot|als|in)",
    r"(?:de|deze) (?:baan|functie|rol|positie) is van (?:jou|u)",
    r"welkom (?:bij|in) (?:het|ons) team",
)
_OFFER_ES = (
    r"oferta (?:de trabajo|laboral|formal|de empleo|economica|por escrito|en firme|definitiva)",
    r"carta[ -](?:de )?oferta",
    r"(?:tu|su) oferta (?:esta|ya esta) (?:lista|disponible)",
    r"(?:ofrecerte|ofrecerle|ofrecerles|ofrecer) (?:el|la|un|una|formalmente) (?:[\w-]+ ){0,3}?"
    r"(?:puesto|posicion|plaza|trabajo|oferta|contrato|empleo|rol|nombramiento)",
    r"(?:proponerte|proponerle|ofrecerte|ofrecerle) (?:el|tu|su) nombramiento",
    r"(?:revisa|revise|revisar|consulta|consulte|acepta|acepte|aceptar|firma|firme|firmar) "
    r"(?:tu |su |la )?oferta" + _NOT_A_MEETING,  # an ATS task: "Revisar oferta"
    r"propuesta (?:economica|laboral|formal|de contratacion|salarial)",
    r"contrato de trabajo",
    r"(?:has|ha) sido (?:seleccionad|elegid)[oa] (?:para|como) (?:el|la) (?:puesto|posicion|plaza|"
    r"vacante|cargo)",
    r"bienvenid[oa]s? al equipo",
    r"(?:el|este|la) (?:puesto|trabajo|plaza|posicion) es (?:tuy|suy)[oa]",
    r"(?:incorporarte|incorporarse|que te incorpores|que te unas|que se incorpore) (?:al|a nuestro|"
    r"a nuestra) (?:equipo|empresa|compania)",
)
_OFFER_PT = (
    r"proposta (?:de trabalho|formal|salarial|de emprego|de contratacao|oficial|final)",
    r"carta[ -](?:de )?proposta",
    r"(?:sua|tua) proposta (?:esta|ja esta) (?:pronta|disponivel)",
    r"oferecer (?:a vaga|a posicao|o cargo|uma proposta|a voce)",
    r"(?:foi|fostes|foste) aprovad[oa] (?:para a vaga|no processo|na vaga|para o cargo)",
    r"(?:fazer|enviar|apresentar)(?: a voce| para voce| a vc)? (?:uma|a nossa|nossa) proposta",
    r"bem[ -]vind[oa]s? (?:ao time|a equipe|ao nosso time|a nossa equipe|a bordo)",
    r"(?:a|esta) (?:vaga|posicao) e (?:sua|tua)",
    r"(?:o|este) (?:cargo|emprego) e (?:seu|teu)",
    r"contratar(?: voce| vc|-te)|(?:te|lhe) contratar|contrata-l[oa]",
    r"(?:propor|oferecer)(?:-lhe|-te| a voce| para voce)? (?:a |sua |tua )?nomeacao",
    r"(?:revise|revisar|aceite|aceitar|assine|assinar|visualize|visualizar|consulte) (?:a |sua |"
    r"tua )?(?:proposta|oferta)" + _NOT_A_MEETING,
)
_OFFER_IT = (
    r"offerta (?:di lavoro|economica|formale|di assunzione|contrattuale|scritta)",
    r"lettera (?:di )?(?:offerta|assunzione|impegno)",
    r"(?:tua|sua) offerta (?:e|e gia|e ora) (?:pronta|disponibile)",
    r"proposta (?:di assunzione|contrattuale|economica|di lavoro|di contratto)",
    r"offrir(?:ti|le|vi) (?:la posizione|il ruolo|il posto|un contratto|il contratto|l'incarico)",
    r"benvenut[oa] (?:a bordo|nel team|nella squadra|in squadra)",
    r"(?:sei|e) stat[oa] (?:selezionat|scelt)[oa] (?:per|come) (?:la|il) (?:posizione|ruolo|posto)",
    r"(?:ti|la) vogliamo (?:nel|in|nella) (?:team|squadra)",
    r"(?:il|questo) (?:posto|lavoro|ruolo) e (?:tuo|suo)",
    r"la posizione e (?:tua|sua)",
    r"(?:di|per) assumer(?:ti|la|vi)",
    r"(?:proporti|proporle|proporvi|offrirti|offrirle|conferirti|conferirle) (?:la )?nomina",
    r"(?:rivedi|rivedere|visualizza|visualizzare|accetta|accettare|firma|firmare|consulta) "
    r"(?:la |l')?(?:tua |sua |vostra )?offerta" + _NOT_A_MEETING,
)
# Asked to join the company in a role ("we would love for you to join Othercorp as ...",
# "nos encantaría que te incorporaras a ... como ..."): the job, never a meeting "to join".
_JOIN_AS = (
    r"(?:love|like|want|thrilled|delighted|happy|excited)(?: for)? (?:you|to have you) (?:to )?"
    r"join (?:[\w&'-]+ ){1,3}as",
    r"(?:freuen|freuen uns|freuen wir uns)(?: [\w-]+){0,3},? wenn (?:sie|du)(?: [\w-]+){0,4} "
    r"(?:zu uns|bei uns|unser team|uns) (?:kommen|kamen|kommst|stossen|anfangen|einsteigen|"
    r"verstarken)",
    r"que (?:tu|vous) (?:nous )?rejoign\w+ (?:[\w'-]+ ){0,3}"
    r"(?:en tant qu(?:e|(?='))|comme|au poste)",
    r"(?:bij|in) (?:ons|[\w-]+)(?: team)? (?:komt|komen|zou komen) werken als",
    r"que te (?:incorpor|un|sum)\w+ (?:a |al )?(?:[\w-]+ ){0,3}como",
    r"que (?:voce |tu )?(?:se )?(?:junt|integr|venh)\w* (?:a |ao |a |na |no |para )?(?:[\w-]+ )"
    r"{0,3}como",
    r"(?:entrassi|entrare|unirti|entri) (?:a far parte )?(?:in|di|a|nel|nella) (?:[\w'-]+ ){0,3}"
    r"come",
    # the offer's name in the subject: "Propuesta de incorporación", "proposta de emprego"
    r"propuesta de (?:incorporacion|empleo|trabajo)",
)
OFFER = _compile(
    _JOIN_AS,
    _OFFER_CONFIRMED,
    _OFFER_COMING,
    _OFFERING_NOW,
    _OFFER_EN,
    _OFFER_DE,
    _OFFER_FR,
    _OFFER_NL,
    _OFFER_ES,
    _OFFER_PT,
    _OFFER_IT,
)

# --------------------------------------------------------------------------- further stage
# INVITE: the sender asks the candidate to take a further step ("we'd like to invite you", "you
# have passed", "please choose a time", "share your availability"). STAGE: a further stage is
# named ("a second interview", "case study", "Zweitgespräch"). A confirmation that names the stage
# of an interview already arranged ("your second interview is confirmed") invites nobody.

_INVITE_EN = (
    r"(?:want|wants|would like|'d like|like|love|invite) you to meet (?:the|our|some|a few|more|"
    r"a couple of)",
    r"(?:like|love|want|happy|pleased|delighted|excited) to (?:formally )?invite you",
    r"(?:invite|inviting) you (?:to|for|back)",
    r"(?:you are|you're|you have been|you've been) (?:now |formally )?invited",
    r"(?:like|love|want|keen|happy) (?:to )?(?:see|meet|have|bring) (?:you|\w+) (?:again|back|"
    r"in for|for (?:a|an|another|the))",
    r"want (?:you|to see you|to meet you) (?:back|again)",
    r"(?:want|wants|would like|'d like|like|love|keen) to meet you (?:in person|again|onsite|at|"
    r"for|next|on|this|face)",
    r"(?:can|could) you come (?:in|by|to (?:the|our) office)",
    r"(?:can|could|would) you (?:pop|swing|drop|nip|come) (?:in|by|over|back|along|round)",
    r"(?:move|moving|progress|progressing|advance|advancing|take|taking|put|putting) you "
    r"(?:forward|through|on|ahead|to (?:the|our) (?:next|final|onsite|second|technical|last))",
    r"(?:would|could) you be up for",
    r"let me know (?:a few|some|a couple of|your|two or three) (?:[\w-]+ )?(?:times|slots|dates"
    r"|days)",
    r"(?:shortlisted|selected|through|progressed|advanced|moved forward|moving forward|invited) "
    r"(?:for|to) (?:the |a |our )?(?:next|second|final|following|further|third|last|assessment)",
    r"(?:passed|cleared|made it through) (?:the |our |your )?(?:sift|screen|screening|first"
    r"|initial|"
    r"phone|technical|assessment|test|round)",
    r"(?:pick|choose|select|book|schedule|reserve|grab) (?:a |an |your |one of |any |the |some )?"
    r"(?:[\w-]+ ){0,2}(?:times?|slots?|sessions?|places?|dates?|interview|call|chat|conversation)",
    r"(?:have been|you've been|you are|you're) shortlisted",
    r"invitation to (?:an? |the |your )?(?:[\w-]+ ){0,2}(?:interview|assessment|round|stage)",
    r"(?:shortlisted|selected|invited|chosen) (?:for|to) (?:an? |the |your |our )?(?:[\w-]+ )?"
    r"(?:interview|superday|assessment|onsite|panel)",
    r"(?:share|send|let (?:us|me) know) (?:us |me )?your (?:availability|available times)",
    r"(?:are|would) you (?:be )?(?:free|available) (?:on|for|to|next|this|tomorrow|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)",
    r"(?:like|love|want|need|invite) you to come (?:in|back|by|along|over|and)",
    r"(?:does|would|could) (?:\w+ ){0,3}(?:work|suit)(?: for you)?\?",
    r"which (?:slot|time|day|option)s? (?:works|suits|would work|would suit)",
    r"please (?:complete|take|do|record|sit) (?:the |a |an |our |your |this )?(?:following |short "
    r"|online |brief )?(?:[\w-]+ ){0,2}(?:assessment|test|exercise|task|assignment|case study|"
    r"challenge|video interview)",
    # asked to take a further stage: "we'd like you to complete a short video interview"
    r"(?:like|love|want|ask|asking|need|invite) you to (?:complete|take|do|record|sit|attend|"
    r"prepare) (?:a |an |the |our |your )?(?:[\w-]+ ){0,3}(?:interview|assessment|test|exercise|"
    r"task|assignment|case study|challenge|presentation)",
    # asked in to perform a task: "have you in to teach a demo lesson", "like you to deliver a
    # presentation", "observe you teaching"
    r"(?:like|love|want|keen|happy|glad) (?:to )?(?:have|get|bring) you (?:back )?(?:in|back|"
    r"over|along|onsite|on site)(?: to| for|[,.!]|$)",
    r"(?:like|love|want|ask|asking|need|invite|have) you (?:to )?(?:come in (?:and|to) )?"
    r"(?:teach|deliver|give|present|run|lead|prepare|do|sit|take|complete) (?:a |an |the |us a |"
    r"our |your |some )?(?:[\w-]+ ){0,3}(?:lesson|class|presentation|demo|role[- ]?play|exercise|"
    r"test|assessment|task|session|shift)",
    r"(?:observe|see|watch) you (?:teach|teaching|deliver|delivering|present|presenting|run|"
    r"running|lead|leading|in action|at work)",
    # times proposed for the next meeting: "could you do Tuesday at 9?"
    r"(?:could|can|would) you (?:do|make) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"tomorrow|next|this|either|one of|any of)",
)
_STAGE_EN = (
    # meeting the rest of the team: "wants you to meet the rest of the team"
    r"meet (?:the rest of|more of|the wider|the whole) (?:the |our )?team",
    r"(?:next|further) (?:step|stage|round)(?: (?:in|of|for)(?: [\w-]+){1,3}?)? "
    r"(?:is|will be|would be)",
    r"as (?:a|the) next step",
    r"next up (?:is|will be|would be)",
    r"(?:next|following) phase",
    r"next (?:round|stage|step)",
    r"(?:another|one more|a further|a follow-up|a second|a third|a final|the final|our final|"
    r"a last|the last) (?:[\w-]+ ){0,2}(?:interview|round|chat|call|conversation|meeting|stage|"
    r"loop|onsite)",
    r"(?:second|final|third) (?:interview|round|stage|onsite|loop)",
    r"final-round",
    r"assessment (?:cent(?:re|er)|day)",
    r"(?:home|take[- ]?home|technical|coding|skills|written|online) (?:assignment|exercise|test|"
    r"assessment|task|challenge)",
    r"take[- ]?home",
    r"case (?:study|interview|presentation)",
    r"(?:trial|(?<!next )(?<!following )(?<!first )working) (?:shift|day|interview)",
    r"work trial",
    r"superday",
    r"(?:job )?(?:tryout|try-out|taster|shadow(?:ing)?|observation) (?:day|shift|morning|"
    r"afternoon|session|visit)",
    r"(?:meet|chat with|speak with|talk to|call with|conversation with|time with|minutes with) "
    r"(?:our|the) (?:ceo|cto|cfo|coo|founders?|co-founders?|director|vp|head|managing|md|"
    r"hiring manager|team|panel|partners?)",
    r"virtual onsite",
    r"(?:coffee|lunch|dinner|call|chat|meeting) with (?:my|our|the) (?:co-?founders?|ceo|cto|cfo|"
    r"director|manager|boss|team|vp)",
)
_INVITE_DE = (
    r"(?:noch einmal|nochmal|erneut) (?:sehen|treffen|sprechen|kennenlernen)",
    r"(?:hatten|hast|haben) (?:sie|du) (?:[\w.,-]+ ){0,4}zeit\?",
    r"(?:einladen|einzuladen|laden (?:wir |ich )?(?:sie|dich|euch) (?:gerne |herzlich )?"
    r"(?:zu[mr]?|ein))",
    r"(?:naher|personlich|besser) kennen(?:zu)?lernen",
    r"(?:sie|dich) (?:gerne )?(?:wieder ?sehen|wiedersehen|erneut treffen)",
    r"(?:eine )?runde weiter",
    r"einladung (?:zu|zum|zur) (?:einem |einer )?(?:[\w-]+ )?(?:\w*gesprach|interview|kennenlernen|"
    r"assessment|probearbeit\w*)",
    r"(?:wahle|wahlen sie|buche|buchen sie|vereinbare|vereinbaren sie|schlage|schlagen sie)"
    r"(?: [\w-]+){0,8} (?:termin|zeitfenster|slot)",
    r"(?:termin|zeitfenster|slot)(?: [\w-]+){0,3} (?:aus(?:zu)?wahlen|zu buchen|buchen"
    r"|vereinbaren)",
    r"(?:ihre|deine) verfugbarkeit",
    r"(?:buchen sie|buche|wahlen sie|wahle) (?:ihr|dein|ihren|deinen|einen) (?:[\w-]+ ){0,2}"
    r"(?:gesprach|interview|termin|zeitfenster)",
    # a time proposed, asked whether it suits: "Passt Ihnen Donnerstag um 10?"
    r"passt (?:es )?(?:ihnen|dir|euch)(?: [\w.,:-]+){0,6}\?",
)
_STAGE_DE = (
    r"(?:rest des teams|restliche team|ganze team) (?:kennen(?:zu)?lernen|treffen)"
    r"(?! (?:konnten|konnte|durften|durfte|haben|hatten))",
    r"(?:nachste|nachsten) (?:schritt|runde)",
    r"zweit(?:gesprach|interview)",
    r"(?:(?:zweite|zweites|nachste|weitere|weiteres|finale|finales|letzte|abschliessende)|"
    # ... inflected after "to" ("zur letzten Runde", "zu einem weiteren Gespräch")
    r"(?:zur|zum|zu einer|zu einem) (?:zweite|nachste|weitere|finale|letzte|abschliessende)[nm]) "
    r"(?:runde|gesprachsrunde|auswahlrunde|gesprach|kennenlernen|interview|vorstellungsgesprach)",
    r"probe(?:arbeit\w*|tag)",
    r"fallstudie",
    r"gesprach mit (?:unserem|unserer|dem|der|unseren) (?:geschaftsfuhr|teamleit|abteilungsleit"
    r"|ceo|"
    r"cto|grunder|vorstand|team|bereichsleit)\w*",
    r"(?:probe|test|case)[- ]?aufgabe",
    r"assessment[- ]?center",
)
_INVITE_FR = (
    r"(?:vous|te) (?:inviter|convier|convoquer|recevoir|rencontrer)",
    r"(?:vos|tes) disponibilites",
    r"(?:vous|te) revoir",
    r"retenue? pour (?:la suite|la prochaine|un entretien|l'etape|le prochain)",
    r"(?:etes|es) invitee?s? a",
    r"invitation (?:a|pour) (?:un|votre|le|une) (?:second |deuxieme |nouvel |dernier )?"
    r"(?:entretien|rencontre|echange)",
    r"(?:choisir|reserver|selectionner) (?:un|votre|ton) creneau",
    r"(?:vous|te) propos\w* de (?:passer|poursuivre|continuer)",
    r"(?:vous|te) propos\w* (?:un|une) (?:second|deuxieme|nouvel|nouveau|autre|dernier|"
    r"troisieme|ultime)e? (?:entretien|rencontre|echange|etape)",
    r"passer (?:a|au) (?:l'etape|la phase|la prochaine|le prochain|tour) (?:suivant|prochain)\w*",
    r"(?:reservez|reserver|choisissez|planifiez) (?:votre|ton|un) (?:[\w-]+ ){0,2}(?:entretien|"
    r"creneau|rendez-vous)",
    r"(?:cela|ca) (?:vous|te) (?:convient|conviendrait|irait)(?: [\w.,:-]+){0,4}\?",
    r"(?:seriez|serais)-(?:vous|tu) disponible",
)
_STAGE_FR = (
    r"rencontrer (?:le reste de|toute) l'equipe",
    r"(?:prochaine|deuxieme|seconde|derniere) etape",
    r"(?:etape|phase) suivante",
    r"(?:tour|entretien) (?:suivant|final)",
    r"(?:second|deuxieme|prochain|nouvel|dernier|troisieme) entretien",
    r"(?:cas pratique|etude de cas|test technique|exercice technique|mise en situation)",
    r"poursuivre (?:les|nos) (?:echanges|discussions)",
    r"(?:echange|rendez-vous) avec (?:notre|le|la|nos) (?:directeur|directrice|equipe|manager|ceo"
    r"|cto|"
    r"fondateur|fondatrice|dg|responsable)",
    r"(?:rencontrer|echanger avec) (?:notre|le|la|nos) (?:directeur|directrice|equipe|manager|ceo|"
    r"fondateur|fondatrice|dg|responsable|associe)",
)
_INVITE_NL = (
    r"(?:uitnodigen|uit te nodigen|nodigen (?:je|u) (?:graag )?uit)",
    r"(?:je|uw) beschikbaarheid",
    r"(?:nog een keer|opnieuw|verder) (?:spreken|zien)",
    r"wanneer (?:schikt|past) het",
    r"(?:bent|ben|zijn) (?:door|doorgegaan) naar",
    r"uitnodiging (?:voor|tot) (?:een |het |je )?(?:[\w-]+ )?(?:\w*gesprek|assessment|interview)",
    r"(?:kies|kiezen|plan|inplannen|boek|boeken) (?:een |je |uw )?(?:moment|tijdslot|datum|"
    r"gesprek|afspraak)",
    r"(?:stellen|stel) (?:we |ik )?(?:je|u) voor (?:om )?(?:door|verder) te gaan",
    r"(?:schikt|past|lukt) (?:het|dat|je|jou|u)(?! niet)(?: [\w.,:-]+){0,6}\?",
)
_STAGE_NL = (
    r"(?:de )?rest van het team (?:ontmoeten|ontmoet|leren kennen|leert kennen|spreken|spreekt)",
    r"volgende (?:stap|ronde|fase)",
    r"(?:laatste|finale) ronde",
    r"(?:tweede|volgende|laatste|derde) (?:gesprek|ronde|sollicitatiegesprek)",
    r"vervolggesprek",
    r"gesprek met (?:onze|de|ons) (?:directeur|manager|team|ceo|cto|oprichter|teamleider)",
    r"(?:assessment|casus|case-opdracht|praktijkopdracht|proefdag|thuisopdracht|meeloopdag)",
)
_INVITE_ES = (
    r"puedes el (?:lunes|martes|miercoles|jueves|viernes)",
    r"(?:invitarte|invitarle|invitarlos|te invitamos|le invitamos|te queremos invitar|"
    r"queremos invitarte|nos gustaria invitarte)",
    r"(?:tu|su) disponibilidad",
    r"volver a (?:verte|vernos|hablar|reunirnos)",
    r"(?:has|ha) (?:pasado|avanzado) a",
    r"quedaste (?:seleccionad|preseleccionad)[oa] para",
    r"invitacion (?:a|para) (?:una |la |tu )?(?:[\w-]+ )?(?:entrevista|reunion|prueba)",
    r"(?:cuando|que dia) te (?:vendria|viene|iria|va) bien",
    r"(?:agenda|agendar|elige|elegir|reserva|reservar) (?:una|la|tu|su|un) (?:[\w-]+ ){0,2}"
    r"(?:fecha|hora|horario|cita|reunion|entrevista)",
    r"(?:te|le) propone\w* (?:pasar|avanzar|continuar)",
    r"(?:has|ha) (?:sido )?(?:pasad|avanzad|seleccionad)[oa] a la (?:siguiente|proxima|ultima|"
    r"fase|etapa)",
    r"(?:te|le|os) (?:va|viene|vendria|iria|cuadra|encaja) bien(?: [\w.,:-]+){0,4}\?",
)
_STAGE_ES = (
    r"(?:conozcas|conocer|conozca) (?:a )?(?:al )?resto del equipo",
    r"(?:siguiente|proxim[oa]) (?:paso|fase|etapa)",
    r"(?:nuev[oa]|segund[oa]|ultim[oa]|tercer[oa]?) (?:entrevista|ronda|fase|etapa|reunion)",
    r"(?:siguiente|proxima|nueva|segunda|ultima) instancia",
    r"(?:entrevista|etapa|fase) final",
    r"(?:fase|etapa|ronda) siguiente",
    r"(?:ejercicio|prueba|caso|desafio|reto) (?:tecnic[oa]|practic[oa])",
    r"(?:conocerte|reunirte|hablar|charla|entrevista) con (?:nuestr[oa]|el|la) (?:ceo|cto|director|"
    r"directora|equipo|fundador|fundadora|gerente|responsable)",
)
_INVITE_PT = (
    r"(?:convidar|convidamos|te convidar|gostariamos de convidar|convida-lo|convida-la)",
    r"(?:sua|tua) disponibilidade",
    r"(?:teria|tem|terias) disponibilidade",
    r"(?:avancou|passou|foi aprovad[oa]) (?:para|a|na) (?:a )?(?:proxima|segunda|nova|ultima)",
    r"convite (?:para|a) (?:a |uma |sua )?(?:[\w-]+ )?(?:entrevista|conversa|dinamica|etapa)",
    r"marcar (?:uma|a|um) (?:nova |segunda )?(?:conversa|entrevista|reuniao|bate-papo)",
    r"(?:aprovad|selecionad)[oa]s? (?:para|na|a) (?:a )?(?:proxima|segunda|nova|ultima) (?:etapa"
    r"|fase)",
    r"(?:agendar|escolher|escolha|reservar|reserve|agende) (?:uma|a|sua|o|um|seu) (?:[\w-]+ ){0,2}"
    r"(?:data|horario|entrevista|conversa)",
    r"(?:(?:te|lhe) propo\w*|propo\w*-(?:te|lhe)) (?:avancar|seguir|passar)",
    r"(?:fica|ficaria|seria) bom (?:para (?:voce|vc|ti|si))?(?: [\w.,:-]+){0,4}\?",
    r"(?:te|lhe) (?:serve|convem|da jeito)(?: [\w.,:-]+){0,4}\?",
)
_STAGE_PT = (
    r"conhecer o resto d[ao] (?:equipe|equipa|time)",
    r"(?:proxim[oa]) (?:etapa|fase|passo)",
    r"(?:segund[oa]|nov[oa]|ultim[oa]|terceir[oa]) (?:etapa|fase|entrevista|rodada|conversa)",
    r"(?:teste|desafio|case|exercicio) (?:tecnico|pratico)",
    r"dinamica de grupo",
    r"(?:entrevista|etapa|fase) final",
    r"(?:etapa|fase) seguinte",
    r"(?:seguira|segue|avanca|avancara) para (?:a )?(?:proxima|etapa|fase|entrevista)",
    r"(?:conversa|entrevista|reuniao|bate-papo) com (?:o|a|nosso|nossa|o nosso|a nossa) (?:ceo|cto|"
    r"diretor|diretora|gestor|gestora|time|equipe|fundador|fundadora|lider)",
)
_INVITE_IT = (
    r"(?:ti|le|vi) va\?",
    r"farti conoscere",
    r"(?:invitarti|invitarla|invitarvi|ti invitiamo|la invitiamo|vi invitiamo)",
    r"(?:la tua|sua|vostra) disponibilita",
    r"(?:saresti|sarebbe|sei) disponibile",
    r"(?:hai|ha) superato",
    r"invito (?:a|al|per|ad) (?:un |il |un altro )?(?:[\w-]+ )?colloquio",
    r"selezionat[oa] per (?:il|un|la) (?:colloquio|prossim)",
    r"(?:conoscerti|conoscerla) (?:meglio|di persona)",
    r"(?:sei|e) passat[oa](?:/a)? (?:alla|al) (?:fase|prossim|colloquio|secondo|step)",
    r"(?:prenota|prenoti|prenotare|scegli|scegliere|fissa|fissare) (?:il|un|uno|la|lo|l')?"
    r" ?(?:tuo |tua |suo |sua )?(?:[\w-]+ ){0,2}(?:colloquio|slot|appuntamento|orario|incontro)",
    r"(?:ti|la|vi) propon\w* di (?:passare|proseguire)",
    r"(?:ti|le|vi) (?:andrebbe|va|starebbe|sta) bene(?: [\w.,:-]+){0,4}\?",
)
_STAGE_IT = (
    r"(?:conoscere|conosca|conosci) il resto (?:del team|della squadra)",
    r"(?:prossima|successiva) (?:fase|tappa|step)",
    r"prossimo (?:step|passo)",
    r"(?:secondo|nuovo|ultimo|successivo|terzo) (?:colloquio|incontro)",
    r"colloquio (?:finale|tecnico|conclusivo)",
    r"fase successiva",
    r"chiacchierata con",
    r"(?:colloquio|incontro) con (?:il|la|il nostro|la nostra|nostro|nostra) (?:ceo|cto|direttore|"
    r"direttrice|responsabile|team|fondatore|fondatrice)",
    r"(?:prova|esercizio|test|caso) (?:tecnic[oa]|pratic[oa])",
)
# A task or trial a candidate performs as a stage of selection, in every trade: a take-home
# or a case study, a skills, trade or reasoning test, a presentation or a role-play, a demo or
# trial lesson for a teacher ("Lehrprobe", "leçon d'essai", "proefles", "clase demostrativa",
# "aula teste", "lezione di prova"), named as one to do ("a written exercise", "eine
# Fallstudie", "un cas pratique"), not as one whose results are in.
_TASK = (
    r"(?:an?|one|our|your) (?:[\w-]+ ){0,3}?(?:(?:take[- ]?home|technical|coding|skills?|written|"
    r"online|practical|clinical|trade|typing|in-tray|group|presentation|role[- ]?play|design|"
    r"writing|data|portfolio|aptitude|psychometric|personality|(?:numerical|verbal|logical|"
    r"abstract|inductive|deductive) reasoning|situational judge?ment) (?:exercise|test|assessment|"
    r"task|challenge|assignment|review|station)|case (?:study|exercise|presentation)|"
    r"presentation|role[- ]?play|(?:demo|demonstration|sample|trial|model|observed|"
    r"teaching|mock|practice) (?:lesson|class)|teaching demo|micro-?teach\w*|work sample|"
    r"job simulation|work trial|(?:trial|(?<!next )(?<!following )(?<!first )working) (?:shift|"
    r"day|session)|(?:one-way|recorded|"
    r"asynchronous|async|pre-recorded|video) (?:video )?interview|(?:hirevue|codility|"
    r"hackerrank|codesignal|testgorilla|pymetrics|shl|criteria) (?:[\w-]+ )?(?:assessment|test|"
    r"challenge|interview|games?))",
    r"(?:eine?n?|unsere?n?) (?:[\w-]+ ){0,3}?(?:fallstudie|case[- ]?study|probe(?:arbeit\w*|tag|"
    r"stunde|unterricht|lektion|schicht)|lehrprobe|unterrichtsprobe|arbeitsprobe|(?:probe|test|"
    r"case|fach|praxis)[- ]?aufgabe|eignungstest|rollenspiel|prasentation|fachvortrag|"
    r"(?:online-?|fach|praxis|personlichkeits|einstellungs|leistungs)test)",
    r"(?:un|une|notre) (?:[\w'-]+ ){0,3}?(?:cas pratique|etude de cas|test (?:technique|pratique|"
    r"psychotechnique|d'aptitude|de personnalite|de competences|ecrit|en ligne)|exercice "
    r"(?:technique|pratique|ecrit)|mise en situation|(?:lecon|cours|seance) (?:d'essai|test)|"
    r"jeu de role|presentation|epreuve (?:pratique|ecrite|orale|technique)|"
    r"journee d'(?:immersion|essai))",
    r"(?:een|onze) (?:[\w-]+ ){0,3}?(?:casus|case(?:-opdracht)?|praktijkopdracht|thuisopdracht|"
    r"proef(?:dag|les|opdracht|dienst)|meeloopdag|(?:capaciteiten|persoonlijkheids|"
    r"vaardigheids|online )?test|rollenspel|presentatie)",
    r"(?:una?|nuestr[oa]) (?:[\w-]+ ){0,3}?(?:prueba (?:tecnica|practica|psicotecnica|de aptitud|"
    r"de conocimientos|escrita|online)|caso practico|ejercicio (?:tecnico|practico)|"
    r"(?:desafio|reto) tecnico|clase (?:de prueba|demostrativa|muestra|modelo|simulada)|"
    r"juego de roles?|presentacion|dinamica de grupo|dia de prueba)",
    r"(?:uma?|noss[oa]) (?:[\w-]+ ){0,3}?(?:teste (?:tecnico|pratico|psicologico|psicotecnico|"
    r"de aptidao|online)|prova (?:tecnica|pratica|escrita)|estudo de caso|(?:desafio|exercicio) "
    r"(?:tecnico|pratico)|aula (?:teste|demonstrativa|experimental|simulada|pratica)|"
    r"dinamica de grupo|apresentacao|role[- ]?play|dia de experiencia)",
    r"(?:una?|un'|il nostro|la nostra) ?(?:[\w'-]+ ){0,3}?(?:prova (?:tecnica|pratica|scritta)|"
    r"test (?:tecnico|attitudinale|psicoattitudinale|online|pratico)|esercizio (?:tecnico|"
    r"pratico)|caso (?:pratico|studio)|case study|lezione (?:di prova|simulata|dimostrativa)|"
    r"giornata di prova|presentazione|role[- ]?play)",
)
TASK = _compile(_TASK)
INVITE = _compile(
    _INVITE_EN, _INVITE_DE, _INVITE_FR, _INVITE_NL, _INVITE_ES, _INVITE_PT, _INVITE_IT
)
STAGE = _compile(_STAGE_EN, _STAGE_DE, _STAGE_FR, _STAGE_NL, _STAGE_ES, _STAGE_PT, _STAGE_IT, _TASK)
# What comes next, stated as the reader's next step ("the next step in your application is",
# "der nächste Schritt ist", "la prochaine étape est", "el siguiente paso es").
NEXT_IS = _compile(
    (r"(?:next|further) (?:step|stage)(?: (?:in|of|for)(?: [\w-]+){1,3}?)? (?:is|will be)",
     r"as (?:a|the|your) next step", r"next up (?:is|will be)", r"next,? (?:we(?:'d| would) "
     r"like|please|you(?:'ll| will))"),
    (r"(?:der )?nachste schritt (?:ist|ware|wird|besteht)", r"im nachsten schritt",
     r"als nachstes"),
    (r"(?:la )?prochaine etape (?:est|sera|consiste)", r"l'etape suivante (?:est|sera|consiste)"),
    (r"(?:de )?volgende stap (?:is|wordt|bestaat)", r"als volgende stap"),
    (r"(?:el )?(?:siguiente|proximo) paso (?:es|sera|consiste)",
     r"la (?:siguiente|proxima) (?:fase|etapa) (?:es|sera|consiste)"),
    (r"(?:o )?proximo passo (?:e|sera|consiste)", r"(?:a )?proxima etapa (?:e|sera|consiste)"),
    (r"(?:il )?prossimo (?:step|passo) (?:e|sara|consiste)",
     r"(?:la )?(?:prossima|successiva) fase (?:e|sara|consiste)", r"step successivo"),
)  # fmt: skip
# A stage named as one the candidate has been through: thanked for, enjoyed, with its results
# or feedback in, held yesterday ("thanks for the demo lesson", "nach der Fallstudie",
# "suite à la mise en situation", "gracias por la presentación").
PAST_STAGE_BEFORE = _compile(
    (r"thank(?:s| you)(?: so much| again)? for", r"enjoyed", r"loved", r"liked", r"after",
     r"(?:feedback|results?|scores?) (?:on|from|of|for)", r"how (?:did|was)", r"well done on",
     r"impressed (?:by|with)"),
    (r"(?:danke|dank) fur", r"nach (?:der|dem|ihrer|ihrem|deiner|deinem|eurer)",
     r"(?:beeindruckt|begeistert|angetan) (?:von|vom)",
     r"(?:feedback|ergebnis(?:se)?|ruckmeldung) (?:zu|zur|zum|der|des|ihrer|ihres)"),
    (r"merci (?:pour|de)", r"suite a", r"apres", r"(?:retour|resultats?) (?:sur|de|du)",
     r"impressionne\w* (?:par|de)"),
    (r"(?:bedankt|dank) voor", r"na (?:de|het|je|jouw|uw)", r"naar aanleiding van",
     r"onder de indruk (?:van|geweest van)",
     r"(?:terugkoppeling|feedback|uitslag|resultaten?) (?:op|van)"),
    (r"gracias por", r"tras", r"despues de", r"(?:resultados?|comentarios) (?:de|del|sobre)",
     r"impresionad[oa]s? (?:con|por)"),
    (r"obrigad[oa] (?:por|pel[oa])", r"apos", r"depois d[oae]", r"(?:resultados?|retorno) d[oae]",
     r"impressionad[oa]s? (?:com|pel[oa])"),
    (r"grazie (?:per|della|del)", r"dopo", r"a seguito d\w*", r"(?:risultat[oi]|esito|feedback) "
     r"d\w*", r"(?:colpit|impressionat)[oaie] (?:da|dal|dalla|dallo|dall')"),
)  # fmt: skip
# A round the company is holding or finishing, with the others still to see: "they're just
# finishing the last interview", "wir beenden gerade die letzte Gesprächsrunde", "le client
# termine le dernier entretien", "ze ronden vandaag het laatste gesprek af", "están terminando la
# última entrevista". Matched right before a named stage: it reports where the process is, it
# invites nobody. Only forms a company uses of its own round: a task the reader is asked to
# "complete" or "finish" is still theirs to do.
_UNDER_WAY_TAIL = r"(?: [\w']+){0,2}? ?$"
STAGE_UNDER_WAY = _compile(
    tuple(
        f"(?:{verb}){_UNDER_WAY_TAIL}"
        for verb in (
            r"(?:finishing|finished|wrapping up|wrapped up|completing|completed|concluding|"
            r"concluded|(?:still|currently|now) (?:in|on|doing|holding|running|conducting)|"
            r"in the (?:middle|midst) of|midway through|busy with)",
            r"(?:beenden|beendet|beendete|beendeten|schliessen|schliesst|abschliessen|"
            r"abgeschlossen|(?:noch|gerade|derzeit|aktuell) (?:mitten )?in|mitten in|"
            r"(?:fuhren|fuhrt) (?:gerade|noch|derzeit|aktuell))",
            r"(?:termin|finalis|boucl|achev)(?:e|es|ent|ons|ez|ait|aient|ant)|en plein|"
            r"(?:encore|toujours) (?:en|dans)",
            r"(?:ronden|rondt|afronden|afgerond|bezig met|(?:nog|momenteel) (?:in|met)|"
            r"midden in|zitten (?:nog )?in)",
            r"(?:termin|acab|cerr|finaliz|conclu|cierr)(?:ando|an|amos|a|en|imos|e|yendo)|"
            r"(?:todavia|aun) (?:en|con)|en plena?|en medio de",
            r"(?:termin|acab|fech|finaliz|conclu)(?:ando|am|amos|a|indo|em|imos|i)|"
            r"(?:ainda) (?:em|n[oa]s?|com)|no meio d[oa]s?",
            r"(?:conclud|fin|chiud|termin|complet)(?:endo|ando|ono|iscono|isce|e|a|ano|iamo)|"
            r"(?:ancora|gia) (?:in|al|nel|nell'|con)|nel mezzo d\w+",
        )
    )
)
PAST_STAGE_AFTER = _compile(
    (r"(?:yesterday|today|this (?:morning|afternoon)|last (?:week|night|\w+day))",
     r"(?:went|was|were) (?:well|great|really|very)"),
    (r"gestern", r"heute", r"letzte woche"), (r"hier", r"aujourd'hui", r"ce matin"),
    (r"gisteren", r"vandaag", r"vorige week"), (r"ayer", r"hoy", r"esta manana"),
    (r"ontem", r"hoje", r"hoje de manha"), (r"ieri", r"oggi", r"stamattina"),
)  # fmt: skip
# A message that follows a round the candidate had, as one telling them what comes next
# starts: "thanks for speaking with Owen", "following your interview", "suite à votre
# entretien", "vielen Dank für das Gespräch".
AFTER_ROUND = _compile(
    (r"thank(?:s| you)(?: so much| again)? for (?:speaking|talking|chatting|meeting|"
     r"interviewing|your time|coming in|the (?:[\w-]+ )?(?:call|chat|conversation|interview|"
     r"screen|meeting))", r"(?:following|after) (?:your|the|our) (?:[\w-]+ ){0,2}(?:interview|"
     r"call|chat|conversation|screen|meeting)"),
    (r"(?:danke|dank) fur (?:das|ihr|dein|ihre|deine|den) (?:[\w-]+ )?(?:\w*gesprach|interview|"
     r"zeit|kennenlernen|telefonat)", r"nach (?:dem|ihrem|deinem|unserem) (?:[\w-]+ )?"
     r"(?:\w*gesprach|interview|telefonat)"),
    (r"merci (?:pour|de) (?:votre|ton|notre|l') ?(?:[\w-]+ )?(?:entretien|echange|temps|appel)",
     r"suite a (?:votre|ton|notre|l') ?(?:[\w-]+ )?(?:entretien|echange|appel)"),
    (r"(?:bedankt|dank) voor (?:het|je|jouw|uw|ons) (?:[\w-]+ )?(?:\w*gesprek|tijd)",
     r"(?:na|naar aanleiding van) (?:het|je|jouw|uw|ons) (?:[\w-]+ )?\w*gesprek"),
    (r"gracias por (?:la|tu|su|el|nuestra) (?:[\w-]+ )?(?:entrevista|conversacion|tiempo|charla|"
     r"llamada)", r"(?:tras|despues de) (?:la|tu|su|nuestra) (?:[\w-]+ )?(?:entrevista|"
     r"conversacion|charla|llamada)"),
    (r"obrigad[oa] (?:pel[ao]|por) (?:sua |seu |nossa )?(?:[\w-]+ )?(?:entrevista|conversa|tempo|"
     r"bate-papo)", r"(?:apos|depois d)[ao]? (?:sua |nossa )?(?:[\w-]+ )?(?:entrevista|conversa)"),
    (r"grazie (?:per|del|della) (?:il |la |l')?(?:[\w-]+ )?(?:colloquio|chiacchierata|tempo|"
     r"incontro)", r"(?:dopo|a seguito del|in seguito al) (?:tuo |suo |nostro )?(?:[\w-]+ )?"
     r"(?:colloquio|incontro)"),
)  # fmt: skip

# Availability asked for starting the job, not for a meeting: "available to start in March",
# "Verfügbarkeit für einen Eintritt", "disponibilités pour une prise de poste",
# "disponibilidad para incorporarte", "disponibilidade para início", "disponibilità a iniziare".
START_OF_WORK = _compile(
    (r"(?:to |for )?(?:start|begin)\w*", r"(?:to|for) join\w*", r"notice period",
     r"(?:from|as of) (?:january|february|march|april|may|june|july|august|september|october|"
     r"november|december|next month)"),
    (r"(?:eintritt\w*|arbeitsbeginn|antritt|anfangen|beginnen|starten|kundigungsfrist)",),
    (r"(?:prise de poste|commencer|demarrer|debut (?:de|du) contrat|preavis|integrer|"
     r"embauche)",),
    (r"(?:starten|beginnen|startdatum|opzegtermijn|indiensttreding|in dienst)",),
    (r"(?:incorporarte|incorporarse|incorporacion|empezar|comenzar|inicio|preaviso)",),
    (r"(?:inicio|iniciar|comecar|comeco|aviso previo|admissao)",),
    (r"(?:iniziare|inizio|entrare in servizio|prendere servizio|preavviso|inserimento)",),
)  # fmt: skip

# --------------------------------------------------------------------------- logistics
# An interview already arranged: confirmed, booked, rescheduled, cancelled, reminded, its
# itinerary, its video link, its interviewer changed.

# The programme of an interview day already arranged: "itinerary", "Ablaufplan Ihres Besuchs",
# "programme de votre journée", "programa da sua visita", "programma della tua giornata".
_ITINERARY = (
    r"itinerary",
    r"agenda for your (?:visit|onsite|interview day|assessment day)",
    r"ablaufplan",
    r"tagesablauf",
    r"ablauf (?:ihres|deines) (?:besuch\w*|termin\w*|"
    r"vor-ort-termin\w*|interviewtag\w*)",
    r"itineraire",
    r"(?:programme|deroule(?:ment)?|agenda) de (?:votre|ta) (?:journee|visite|venue)",
    r"dagprogramma",
    r"(?:programma|agenda|planning) (?:van|voor) (?:je|jouw|uw) (?:bezoek|dag)",
    r"itinerario",
    r"(?:programa|agenda) (?:de|da|do|para) (?:tu|su|sua|seu|tua|teu|la|a) "
    r"(?:visita|jornada|dia)",
    r"(?:programma|agenda) (?:della|per la) (?:tua|sua|vostra) (?:giornata|visita)",
)
LOGISTICS = _compile(
    _ITINERARY,
    (
        r"confirm\w*", r"booked", r"booking", r"(?:re)?scheduled", r"reschedul\w*",
        r"cancel+(?:ed|ation)",
        r"reminder", r"itinerary", r"video link",
        r"join(?:ing)? (?:the|your|this) (?:interview|call|"
        r"meeting|session)", r"here are the details", r"joining (?:instructions|details|link)",
        r"dial[- ]in", r"(?:will )?now be with", r"(?:interview|meeting) details", r"link to join",
        r"remind(?:ing)? you",
        r"(?:is|starts) (?:tomorrow|today|in \d+)", r"instead of",
        r"(?:has been|was) (?:moved|updated|"
        r"changed)", r"(?:is|are) set for", r"you're all set", r"all set for", r"photo id",
        r"(?:has|have) (?:been )?(?:changed|updated)", r"new (?:time|date|location|link|room)",
        r"will (?:now )?replace", r"in place of", r"will now (?:take place|be held)",
        r"(?:is|are) now (?:on|at|in)", r"instead",
        # an interviewer replaced, the rest unchanged; the link to join
        r"(?:be|been|is|was|being) replaced", r"(?:remains?|are|is|stays?) unchanged",
        r"interviewer change\w*", r"(?:here is|here's) (?:your|the) (?:[\w-]+ ){0,3}link",
        r"(?:video|zoom|teams|meet|interview|meeting|joining|call) link",
        r"link (?:[\w-]+ ){0,2}(?:for|to) (?:the|your|our) (?:interview|call|meeting|session)",
    ),
    (
        r"bestatig\w*", r"erinnerung", r"erinnern (?:sie|dich|wir|ihnen)", r"verschoben",
        r"abgesagt", r"storniert", r"einwahl\w*",
        r"zugangsdaten", r"umgeplant", r"terminbestatigung", r"eingeplant", r"terminiert",
        r"gebucht",
        r"(?:ersetzt|vertritt|anstelle von|statt)", r"(?:bleib\w*|ist|sind) unverandert",
        r"(?:video|zoom|teams|gesprachs|interview|einwahl)-?link",
        r"link (?:[\w-]+ ){0,2}(?:zum|zur|fur)",
    ),
    (r"rappel", r"(?:vous|te) rappel(?:ons|le|ons que)", r"report[ee]\w*", r"annul\w*",
     r"reprogramm\w*", r"deplace\w*",
     r"lien (?:[\w-]+ ){0,2}(?:de|pour) \w+", r"remplac\w*", r"au lieu de", r"a la place de",
     r"inchange\w*",
     r"modifi\w*", r"(?:a|ont) change", r"planifiee?", r"programmee?", r"fixee?",
     r"changement d(?:'|e )(?:[\w-]+ )?(?:intervenant|interlocuteur|recruteur|horaire|heure|"
     r"salle|lieu|date)"),
    (r"bevestig\w*", r"herinnering", r"herinneren (?:we |wij )?(?:je|jou|u)", r"verplaatst",
     r"geannuleerd", r"ingepland",
     r"vervang\w*", r"in plaats van", r"ongewijzigd", r"gewijzigd",
     r"(?:video|teams|gespreks)link", r"link (?:[\w-]+ ){0,2}(?:voor|naar) (?:het|je|jouw|uw) "
     r"(?:gesprek|interview|sollicitatiegesprek)"),
    (r"recordatorio", r"(?:te|le|les|os) recordamos", r"recuerda que", r"reprogramad\w*",
     r"cancelad\w*", r"agendad\w*", r"enlace (?:[\w-]+ ){0,2}(?:de|a|para)",
     r"sustitu\w*", r"reemplaz\w*", r"en lugar de", r"sin cambios", r"(?:cambio|modificacion) "
     r"(?:de|del) (?:entrevistador\w*|horario|hora|sala|lugar)"),
    (r"lembrete", r"(?:re)?lembr(?:amos|ando|ar)", r"remarca\w*", r"reagenda\w*", r"agendad[oa]",
     r"marcad[oa]",
     r"link (?:[\w-]+ ){0,2}(?:da|de|do|para)", r"substitu\w*",
     r"no lugar de", r"sem (?:alteracoes|mudancas)", r"(?:mudanca|alteracao|troca) (?:de|do|da) "
     r"(?:entrevistador\w*|horario|sala|local)"),
    (r"conferm\w*", r"promemoria", r"(?:ti|le|vi) ricordiamo", r"ricorda(?:ti)? che",
     r"riprogrammat\w*", r"spostat\w*", r"annullat\w*",
     r"fissat[oa]", r"programmat[oa]", r"prenotat[oa]",
     r"sostitu\w*", r"al posto di", r"invariat[oaie]", r"link (?:[\w-]+ ){0,2}(?:per|del|al)",
     r"(?:cambio|modifica) (?:di |del |dell'|della )?(?:intervistator\w*|orario|sala|luogo)"),
)  # fmt: skip
# Assessments held as an event, which CONVENTIONS count as interviews: an assessment centre, a
# group exercise ("dinâmica de grupo"), a trial shift ("Probearbeiten", "proefdag").
_HELD_ASSESSMENT = (
    r"assessment[- ]?(?:cent(?:re|er)|day|tag|dag)",
    r"group (?:exercise|assessment|interview)",
    r"trial (?:shift|day)|work trial",
    r"probe(?:arbeit\w*|tag)|gruppen(?:ubung|gesprach|auswahl)\w*",
    r"journee (?:d'essai|de recrutement|d'evaluation)|mise en situation|job ?dating",
    r"proefdag|meeloopdag|proefdraaien",
    r"dinamicas? (?:de grupo|grupal(?:es)?)|jornada de (?:prueba|evaluacion)|prueba grupal",
    r"dinamicas?(?: de grupo)?|dia de (?:experiencia|teste|avaliacao)",
    r"dinamica di gruppo|giornata di (?:prova|selezione|valutazione)|prova di gruppo",
)
HELD_ASSESSMENT = _compile(_HELD_ASSESSMENT)
# A job interview by its own name (not a meeting, a call or a session, which anyone holds).
JOB_INTERVIEW = _compile(
    (r"\w*interview\w*", r"\w*gesprach\w*", r"entretien\w*", r"\w*gesprek\w*", r"entrevistas?",
     r"colloqui[oa]?"),
    _HELD_ASSESSMENT,
)  # fmt: skip
# ... with someone or something named after it: "Interview with Othercorp", "Gespräch mit ..."
NAMED_WITH = lazy(r"\s+(?:with|mit|avec|met|con|com|bei|chez|at|presso|na|no|en)\s")
INTERVIEWISH = _compile(
    _ITINERARY,
    (
        r"\w*interview\w*", r"sessions?", r"meetings?", r"calls?", r"chats?", r"appointments?",
        r"itinerary",
        r"onsite", r"rounds?", r"panel", r"booking", r"video", r"event",
    ),
    (r"\w*gesprach\w*", r"\w*termin\w*", r"telefonat", r"anruf", r"videocall"),
    (r"entretien\w*", r"rendez-vous", r"visio\w*", r"reunion", r"appel", r"evenement"),
    (r"\w*gesprek\w*", r"afspraak", r"evenement"),
    (r"entrevistas?", r"cita", r"videollamada", r"reunion", r"llamada", r"evento"),
    (r"entrevistas?", r"reuniao", r"conversa", r"chamada", r"videochamada", r"evento"),
    (r"colloqui[oa]?", r"appuntamento", r"incontro", r"chiamata", r"videochiamata", r"evento",
     r"telefonata"),
)  # fmt: skip
# An interview already arranged, in the words a scheduling system states it with: confirmed,
# booked, scheduled, moved, cancelled, a reminder, an itinerary.
ARRANGED = _compile(
    _ITINERARY,
    (
        r"confirmed", r"(?:is|are|been|you're|you are) (?:now )?booked",
        r"(?:has been|have been|is|are|was) (?:now )?(?:scheduled|confirmed|set)", r"rescheduled",
        r"cancel+ed", r"reminder", r"itinerary", r"(?:has been|was) moved",
        # changed: its time, place or interviewer ("the time of your interview has changed")
        r"(?:has|have) (?:been )?(?:changed|updated)", r"new (?:time|date|location|room)",
        r"will (?:now )?replace \w+(?: \w+){0,3} (?:on|in|at) your",
        r"will now (?:take place|be held)", r"(?:is|are) now (?:on|at|in)", r"instead",
        r"(?:location|time|date|room|venue|address|link) (?:of|for) your (?:[\w-]+ ){0,4}"
        r"(?:is now|has changed|has moved)",
    ),
    (r"bestatigt", r"verschoben", r"abgesagt", r"erinnerung", r"(?:ist|wurde) (?:fest )?(?:gebucht|"
     r"eingeplant|terminiert)", r"(?:hat sich|wurde|wurden) (?:[\w-]+ ){0,2}geandert",
     r"neue (?:uhrzeit|zeit|raum)", r"findet (?:nun|jetzt|neu) (?:am|um|in|statt)",
     r"(?:ersetzt|vertritt)"),
    (r"confirmee?", r"reportee?", r"annulee?", r"rappel", r"(?:est|a ete) (?:planifiee?|"
     r"programmee?)", r"(?:a ete|ont ete) (?:modifiee?s?|changee?s?)", r"nouvel(?:le)? (?:horaire|"
     r"heure|salle)", r"(?:aura|se tiendra|se deroulera) (?:desormais|dorenavant|maintenant)",
     r"(?:a ete )?deplacee?", r"(?:est|a ete) fixee?", r"remplacera", r"remplace \w+"),
    (r"bevestigd", r"verplaatst", r"geannuleerd", r"herinnering", r"ingepland", r"gewijzigd",
     r"vindt (?:nu|voortaan) plaats", r"verzet", r"vervangt"),
    (r"confirmad[oa]", r"reprogramad[oa]", r"cancelad[oa]", r"recordatorio", r"agendad[oa]",
     r"(?:ha|han) (?:sido )?(?:cambiad|modificad)[oa]s?", r"se ha (?:movido|cambiado|trasladado)",
     r"(?:movid|trasladad)[oa]", r"(?:sustituira|sustituye|reemplazara|reemplaza) a"),
    (r"confirmad[oa]", r"remarcad[oa]", r"reagendad[oa]", r"cancelad[oa]", r"lembrete",
     r"agendad[oa]", r"(?:foi|foram) (?:alterad|mudad)[oa]s?", r"(?:esta|foi) marcad[oa]",
     r"vai substituir|substituira"),
    (r"confermat[oa]", r"spostat[oa]", r"annullat[oa]", r"promemoria", r"programmat[oa]",
     r"(?:e|sono) (?:stat[oa] )?fissat[oa]",
     r"(?:e|sono) stat[oaie] (?:modificat|cambiat)[oaie]",
     r"(?:si terra|si svolgera|avra luogo) (?:ora|adesso|invece)", r"sostituira|sostituisce"),
)  # fmt: skip
# A subject naming a confirmation anywhere ("Interview confirmation - Acme").
CONFIRMATION_SUBJECT = _compile(
    (r"confirmation", r"bestatigung", r"bevestiging", r"confirmacion", r"confirmacao", r"conferma"),
)
# A subject that opens with a status word is written by a scheduling system.
STATUS_SUBJECT = lazy(
    r"^\s*(?:confirmed|confirmation|reminder|rescheduled|updated|cancel+ed|booked|new time|"
    # compounds too: "Terminbestätigung", "Gesprächserinnerung", "Afspraakbevestiging"
    r"\w*bestatigt|\w*bestatigung|\w*erinnerung|verschoben|abgesagt|confirmation|rappel|reporte|"
    r"annule|\w*bevestigd|\w*bevestiging|\w*herinnering|verplaatst|geannuleerd|confirmad[oa]|confirmacion|"
    r"recordatorio|reprogramad[oa]|cancelad[oa]|confirmacao|lembrete|remarcad[oa]|reagendad[oa]|"
    r"confermat[oa]|conferma|promemoria|spostat[oa]|annullat[oa])\b"
)

# --------------------------------------------------------------------------- away messages

AWAY = _compile(
    (
        r"out of (?:the )?office", r"ooo", r"on (?:parental |annual |maternity |paternity |sick |"
        r"study |medical )?leave", r"on vacation", r"on holidays?",
        r"away from (?:the office|my desk|"
        r"work)", r"limited (?:access|connectivity)",
        r"currently (?:travel+ing|away|out|unavailable)",
        r"(?:i'm|i am) (?:currently |now )?(?:travel+ing|on the road|on a business trip)",
        r"(?:respond|reply|get back to you|answer) (?:when|on|upon|after) (?:i'm|i am|my) (?:back|"
        r"return)", r"(?:i am|i'm) (?:currently )?(?:away|out|off)",
        r"(?:i will|i'll) be back (?:on|in|at)", r"back in the office on",
        # a part-time worker's autoresponder: the days they work, the day they will answer
        r"(?:i|i'm|i am) (?:only )?(?:work|working|in the office|in) (?:part[- ]time|(?:on )?"
        r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri)(?:day)?s?\b)", r"my working (?:days|week|hours)",
        r"my (?:next|following) working day",
        # left the company: "I no longer work at ...", "this mailbox is no longer monitored"
        r"(?:i )?no longer (?:work(?:ing)?|employed) (?:at|for|with|here)",
        r"(?:i have|i've) (?:now )?left (?:the company|the organi[sz]ation|the business)",
        r"(?:mailbox|address|inbox|account) is no longer (?:monitored|active|in use)",
    ),
    (
        r"abwesend", r"(?:im|in) urlaub",
        r"(?:bin|ich bin) (?:derzeit |gerade |aktuell )?(?:auf reisen|unterwegs|auf dienstreise)",
        r"ausser haus", r"nicht im (?:buro|haus)",
        r"nicht mehr (?:bei|fur|im unternehmen|im hause?) (?:[\w&-]+ ){0,3}?(?:tatig|beschaftigt)",
        r"nicht mehr (?:tatig|beschaftigt) (?:bei|fur|im)",
        r"(?:habe|hat) (?:das unternehmen|die firma) verlassen",
        r"(?:keinen|eingeschrankten|begrenzten) zugriff", r"nicht erreichbar", r"elternzeit",
        r"(?:ab|bis) (?:dem|zum) [\w. ]{1,20} wieder (?:im|erreichbar|da)",
        r"(?:ich arbeite|arbeite ich|ich bin) (?:in |nur )?(?:teilzeit|montags|dienstags|"
        r"mittwochs|donnerstags|freitags|(?:von )?(?:mo|di|mi|do|fr)(?:ntag|enstag|ttwoch|"
        r"nnerstag|eitag)?\b)", r"meine arbeitstage", r"meinem nachsten arbeitstag",
    ),
    (
        r"absente? (?:du bureau|jusqu)", r"je suis (?:actuellement )?en deplacement",
        r"ne (?:fais|fait) plus partie",
        r"ne travaille plus (?:chez|pour|au sein|a|dans)",
        r"(?:ai|a) quitte (?:l'entreprise|la societe)", r"je suis absente?", r"hors du bureau",
        r"en conges?",
        r"en vacances", r"acces (?:limite|restreint)", r"(?:serai|suis) de retour",
        r"je (?:travaille|suis) (?:a temps partiel|a mi-temps|(?:present|presente|au bureau) "
        r"(?:le|les|du))", r"mes jours de (?:travail|presence)",
        r"mon prochain jour (?:de travail|ouvre|travaille|de presence)",
    ),
    (
        r"afwezig", r"met vakantie", r"ik ben (?:momenteel |nu )?(?:op reis|onderweg)",
        r"(?:met|op) (?:ouderschaps|zwangerschaps|bevallings|"
        r"zorg)?verlof", r"(?:ouderschaps|zwangerschaps|bevallings)verlof",
        r"(?:niet meer|ben niet langer|niet langer) (?:werkzaam|in dienst) (?:bij|voor)",
        r"werk (?:niet meer|niet langer) (?:bij|voor)", r"(?:heb|heeft) (?:het bedrijf|de "
        r"organisatie) verlaten", r"niet (?:op kantoor|aanwezig|bereikbaar)", r"met verlof",
        r"weer (?:aanwezig|bereikbaar|op kantoor)",
        r"ik werk (?:parttime|part-time|in deeltijd|deeltijd|(?:alleen )?op (?:maandag|dinsdag|"
        r"woensdag|donderdag|vrijdag))", r"mijn werkdagen", r"mijn (?:eerst)?volgende werkdag",
    ),
    (
        r"fuera de (?:la )?oficina", r"ausente", r"estoy de viaje",
        r"ya no (?:trabajo|estoy) (?:en|para|con)",
        r"ya no (?:formo|forma) parte", r"(?:he|ha) dejado la (?:empresa|compania)",
        r"de vacaciones", r"de (?:baja|permiso)",
        r"acceso limitado", r"a mi regreso", r"(?:estare|estoy) de vuelta",
        r"trabajo (?:a |en )?(?:media jornada|tiempo parcial|jornada parcial|(?:solo )?(?:los )?"
        r"(?:lunes|martes|miercoles|jueves|viernes))", r"mis dias (?:laborables|de trabajo)",
        r"mi (?:proximo|siguiente) dia (?:laborable|de trabajo|habil)",
    ),
    (
        r"fora do escritorio", r"ausente", r"estou (?:viajando|em viagem)",
        r"nao trabalho mais (?:na|no|em|para|com)",
        r"(?:ja )?nao (?:faco|faz) mais parte", r"(?:deixei|sai) da (?:empresa|companhia)",
        r"de ferias", r"de licenca", r"acesso limitado",
        r"(?:estarei de volta|retorno ao escritorio)",
        r"trabalho (?:em |a )?(?:meio periodo|meio tempo|tempo parcial|part-time|regime parcial|"
        r"(?:so |apenas )?(?:as )?(?:segundas|tercas|quartas|quintas|sextas))",
        r"(?:meus|os meus) dias (?:de trabalho|uteis)", r"meu (?:proximo|seguinte) dia (?:util|de "
        r"trabalho)",
    ),
    (
        r"fuori (?:dall')?ufficio", r"fuori sede", r"sono in (?:viaggio|trasferta)",
        r"non lavoro piu (?:in|per|presso|da|con)",
        r"non (?:faccio|fa) piu parte", r"(?:ho|ha) lasciato (?:l'azienda|la societa)", r"in ferie",
        r"assente", r"accesso limitato",
        r"in congedo", r"(?:al mio|dal mio) rientro",
        r"lavoro (?:part-time|part time|a tempo parziale|(?:solo )?(?:il |dal )?(?:lunedi|martedi|"
        r"mercoledi|giovedi|venerdi))", r"i miei giorni lavorativi",
        r"mio (?:primo |prossimo )?giorno lavorativo",
    ),
)  # fmt: skip
# A person mentioning their absence before giving news themselves: "I'm away till Monday but
# wanted to let you know", "bin noch in den Ferien, wollte Ihnen aber kurz Bescheid geben".
AWAY_BUT = _compile(
    (r"but (?:i )?(?:just )?(?:wanted|thought|didn't want)",),
    (r"(?:aber|doch) (?:ich )?(?:wollte|mochte|dachte)", r"wollte (?:ihnen|dir|euch) aber"),
    (r"mais (?:je )?(?:voulais|tenais|souhaitais|ne voulais)",),
    (r"maar (?:ik )?(?:wilde|wou)", r"wilde (?:u|je|jou) (?:wel |toch )?(?:even|laten)"),
    (r"pero (?:quer[ií]a|quise|no quer[ií]a)",),
    (r"mas (?:eu )?(?:queria|quis|gostaria|nao queria)",),
    (r"ma (?:volevo|ci tenevo|desideravo|non volevo)",),
)  # fmt: skip
AWAY_SUBJECT = lazy(
    r"^\s*(?:out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?(?:reply|response)"
    r"|autoreply|"
    r"away|abwesenheit\w*|automatische antwort|abwesend|reponse automatique|absence|absent|"
    r"automatisch antwoord|afwezig\w*|respuesta automatica|fuera de la oficina|ausencia|"
    r"resposta automatica|ausente|fora do escritorio|risposta automatica|fuori (?:sede|ufficio)|"
    r"assente|niet aanwezig|autosvar|ooo)\b"
)

# --------------------------------------------------------------------------- third parties
# Someone outside the company writing about the process: a friend passing on hearsay or asking
# for news, or a recruiter pitching another job. An agency relaying the company speaks of the
# company in the third person ("they", "the client", "their hiring manager").

HEARSAY = _compile(
    (
        r"(?:my|a) (?:cousin|friend|sister|brother|mate|mum|mom|dad|partner|wife|husband|colleague|"
        r"neighbou?r|uncle|aunt|flatmate|roommate|buddy|bestie|sis|bro)s?(?: who| at| from| in| of"
        r" mine|"
        r" says| said| told| heard|'s| works?| worked| used to work)",
        # a relation's own time there: "my cousin had her second interview there"
        r"(?:my|a) (?:cousin|friend|sister|brother|mate|mum|mom|dad|wife|husband|neighbou?r|"
        r"uncle|aunt|flatmate|roommate|housemate|buddy|bestie|sis|bro)s? (?:had|got|did|went|was|"
        r"interviewed|applied)",
        r"(?:someone|somebody|a guy|a girl) (?:at|from|who works|i know)",
        r"(?:i|i've|i have) heard (?:that|a rumou?r|they)", r"rumou?rs?", r"word is", r"apparently",
        r"glassdoor", r"reddit", r"(?:through|on|via|from) the grapevine",
        r"a little bird(?: told me)?", r"word (?:on the street|around the office|around town) is",
        # a former colleague as the source: "an ex-colleague told me", "ein Ex-Kollege meinte"
        r"(?:an? |my )?(?:ex-?|former )(?:colleague|co-?worker|employee|boss|manager)s?",
    ),
    (
        r"mein(?:e)? (?:cousin|cousine|freund|freundin|bruder|schwester|kollege|kollegin"
        r"|nachbar\w*|kumpel|bekannte[rn]?|schwager\w*|mitbewohner\w*)",
        r"(?:hab|habe) (?:gehort|mitbekommen)", r"angeblich", r"geruchte?",
        r"buschfunk", r"flurfunk", r"uber (?:drei|sieben|funf|ein paar) ecken",
        r"(?:ein(?:e)? |mein(?:e)? )?(?:ex-?|ehemalige[rn]? )(?:kollege|kollegin|kollegen|"
        r"mitarbeiter\w*|chef\w*)",
    ),
    (
        r"mon (?:cousin|pote|ami|frere|collegue|voisin)",
        r"ma (?:cousine|copine|amie|soeur|collegue)",
        r"il parait", r"j'ai entendu", r"apparemment", r"rumeurs?", r"radio[- ]couloir",
        r"bruits? de couloirs?", r"un petit oiseau",
        r"(?:un |une |mon |ma )?(?:ex-?|ancien(?:ne)? )(?:collegue|collaborat\w*|salarie\w*)",
    ),
    (
        r"mijn (?:neef|nicht|vriend|vriendin|broer|zus|collega|buurman|buurvrouw|maat|kennis|"
        r"huisgeno(?:ot|te))", r"(?:een )?(?:maat|vriend|vriendin|kennis) van (?:me|mij)",
        r"ik hoorde",
        r"schijnbaar", r"blijkbaar", r"geruchten?", r"via via", r"(?:in|uit) de wandelgangen",
        r"een vogeltje", r"(?:een |mijn )?(?:oud-?|ex-?)collega",
    ),
    (
        r"mi (?:primo|prima|amigo|amiga|hermano|hermana|cunad[oa]|colega|vecin[oa])",
        r"me dijeron", r"al parecer", r"dicen que", r"rumou?r(?:es)?", r"radio pasillo",
        r"un pajarito",
        r"(?:un |una |mi )?ex-? ?(?:companer[oa]|colega|emplead[oa])",
    ),
    (
        r"meu (?:primo|amigo|irmao|colega|vizinho)", r"minha (?:prima|amiga|irma|colega|vizinha)",
        r"ouvi dizer", r"boatos?", r"radio peao", r"um passarinho",
        r"(?:um |uma |meu |minha )?ex-? ?(?:colega|funcionari[oa])",
    ),
    (
        r"mio (?:cugino|amico|fratello|collega)", r"mia (?:cugina|amica|sorella|collega)",
        r"ho sentito dire", r"si dice che", r"voci di corridoio", r"radio (?:fante|corridoio)",
        r"un uccellino",
        r"(?:un |una |un' |il mio |la mia )?ex[- ]?(?:collega|dipendente)",
    ),
)  # fmt: skip
# A rumour names where it came from: someone the writer met or talked to who works at the
# company ("ran into Sam, who works there", "der dort arbeitet", "que trabalha lá").
SECONDHAND = _compile(
    (
        # a relation of the writer's as the source: "my buddy on their platform team says"
        r"(?:my|a) (?:cousin|friend|sister|brother|mate|mum|mom|dad|partner|wife|husband|"
        r"neighbou?r|uncle|aunt|flatmate|roommate|housemate|buddy|bestie|pal|girlfriend|"
        r"boyfriend|sis|bro)s?(?:-in-law)?(?: [\w'-]+){0,5} (?:says|said|told|tells|reckons|"
        r"reckoned|heard|mentioned|swears)",
        r"who(?:'s| is) (?:at|in|on) (?:their|the) ",
        # the news or a social network as the source
        r"(?:saw|seen|spotted|noticed|read) (?:it )?(?:on|in) (?:linkedin|the news|the paper|"
        r"twitter|glassdoor|reddit)", r"(?:was|were|is|are|been) (?:on|in) the news",
        r"who (?:works|worked|is working|used to work) (?:at|there|for|in|over)",
        r"works (?:there|over there)", r"(?:ran|run|bumped|bump) into",
        r"(?:an? )?(?:insider|inside source|contact (?:at|inside))",
        r"according to (?:him|her|them)", r"who(?:'s| is) now (?:at|with|working)",
        r"(?:my|a|an|our) (?:old |former |ex-)?(?:manager|boss|colleague|co-?worker|teammate|"
        r"classmate|contact|mentor)s?(?: [\w'-]+){0,3} (?:works|worked|is|now works) (?:at|for|"
        r"there)",
    ),
    (
        r"(?:der|die) (?:dort|da|bei (?:[\w&-]+ ){1,3}?)arbeitet",
        r"(?:zufallig )?(?:getroffen|begegnet|uber den weg gelaufen)",
        r"laut (?:ihm|ihr|ihnen)", r"(?:der|die) (?:jetzt|inzwischen|mittlerweile) (?:bei|dort)",
    ),
    (
        r"qui (?:y )?(?:travaille|bosse|bossait|travaillait) (?:chez|la-bas|a|pour|dans|la)",
        r"(?:j'ai )?croise", r"tombee? sur",
        r"d'apres (?:lui|elle|eux)", r"selon (?:lui|elle|eux)",
        r"qui est (?:maintenant|desormais|aujourd'hui) (?:chez|a|dans)",
    ),
    (
        r"die (?:daar|bij (?:[\w&-]+ ){1,3}?)werkt", r"tegen(?:gekomen|het lijf gelopen)",
        r"kwam (?:[\w-]+ ){1,2}tegen",
        r"volgens (?:hem|haar|hen)", r"die (?:nu|tegenwoordig|inmiddels) bij",
    ),
    (
        r"que (?:trabaja|trabajaba|curra|esta|estaba) (?:en|alli|ahi|alla|para|con)",
        r"me (?:encontre|cruce) con",
        r"segun (?:el|ella|ellos)", r"que ahora (?:esta|trabaja) en",
    ),
    (
        r"que (?:trabalha|trabalhava) (?:la|ali|na|no|em|para|com)",
        r"(?:encontrei|esbarrei|trombei)",
        r"segundo (?:ele|ela|eles)", r"que agora (?:esta|trabalha) (?:na|no|em)",
    ),
    (
        r"che (?:lavora|lavorava) (?:da|li|la|in|a|presso|per|con|nella|nel|alla|al)",
        r"(?:ho )?(?:incontrato|beccato)",
        r"secondo (?:lui|lei|loro)", r"che ora (?:e|lavora) (?:in|da|a|presso|nel|nella|alla)",
    ),
)  # fmt: skip
# What another person supposes, not what the company decided ("he reckons", "er meint", "ela
# acha que"): verbs of guessing, not of reporting, which an agency relaying the company uses.
OTHERS_BELIEF = _compile(
    (
        r"(?:he|she|they)(?: [\w']+)? (?:reckon|reckoned|think|thought|believe|believed|figure|"
        r"guess|suspect|suspected)",
        r"[\w']+ (?:reckons|thinks|believes|suspects|guesses|figures)",
    ),
    (r"(?:er|sie) (?:meint|meinte|glaubt|glaubte|denkt|dachte|vermutet|vermutete)",
     r"(?:meint|glaubt|vermutet),? dass"),
    (r"(?:il|elle) (?:pense|pensait|croit|croyait|suppose|supposait|a l'impression)",),
    (r"(?:hij|zij|ze) (?:denkt|dacht|meent|meende|gelooft|vermoedt)",
     r"(?:denkt|meent|gelooft|vermoedt) dat"),
    (r"(?:el|ella) (?:cree|creia|piensa|supone)", r"(?:cree|piensa|supone|sospecha) que"),
    (r"(?:ele|ela) (?:acha|achava|pensa|acredita)", r"(?:acha|acredita|desconfia) que"),
    (r"(?:lui|lei) (?:pensa|crede|suppone)", r"(?:pensa|crede|sospetta|suppone) che"),
)  # fmt: skip
# The writer doubting the news they pass on ("not sure it's true", "keine Ahnung, ob das
# stimmt", "não tenho certeza"): a rumour, not the company's word.
UNSURE = _compile(
    (
        r"not (?:100% |totally |entirely |completely |too |that )?sure (?:if|whether|it's|that's|"
        r"about (?:that|this)|how|it is|though|tho)", r"not (?:confirmed|official)",
        r"(?:dunno|don't know|do not know|no idea) (?:if|whether|how (?:true|reliable))",
        r"dunno", r"(?:could|might|may) (?:well )?be (?:wrong|nothing|rubbish|gossip|a rumou?r)",
        r"(?:grain|pinch) of salt", r"don't quote me",
        r"if (?:that's|it's|that is|it is) (?:true|legit|right|accurate|correct)", r"unconfirmed",
    ),
    (
        r"(?:nicht (?:ganz )?sicher|keine ahnung|weiss (?:ich )?(?:nicht|net)),? ob",
        r"ohne gewahr", r"(?:kann|konnte) mich (?:auch )?irren", r"ob (?:das|es) stimmt",
    ),
    (
        r"(?:pas|pas trop|pas vraiment) sure?", r"(?:je )?(?:ne )?sais pas si",
        r"a confirmer", r"sous reserve", r"(?:je )?(?:peux|pourrais) me tromper",
        r"si c'est vrai",
    ),
    (
        r"(?:weet|weten) (?:het |ik )?niet (?:zeker|of)", r"niet (?:helemaal |100% )?zeker",
        r"geen idee of", r"(?:kan|kun) me vergissen", r"of (?:het|dat) (?:klopt|waar is)",
    ),
    (
        r"no (?:estoy|toy) (?:muy |del todo )?segur[oa]", r"no se si", r"ni idea (?:de )?si",
        r"(?:puedo|podria) equivocarme", r"si es (?:verdad|cierto)",
    ),
    (
        r"nao tenho (?:certeza|ctz)", r"nao sei se", r"(?:posso|pode) estar (?:errad|engan)[oa]",
        r"se (?:e|for) verdade",
    ),
    (
        r"non (?:ne )?sono (?:sicur|cert)[oa]", r"non so se", r"potrei sbagliar(?:mi|e)",
        r"se (?:e|sia) vero",
    ),
)  # fmt: skip
# Someone outside the process asking the candidate how it went.
ASKS_NEWS = _compile(
    (
        r"(?:did|have) you (?:hear|heard)", r"heard (?:back|anything)(?: yet)?\?",
        r"(?:any|some) (?:news|word|updates?)(?: yet)?(?: (?:from|on|about) [\w' &-]{1,40})?\?",
        r"how did (?:it|the interview|things|your interview|it all) go",
        r"how(?:'d| did| was) (?:[\w-]+ ){0,3}(?:go|interview)\b", r"fingers crossed",
        r"let me know how it (?:goes|went)", r"good luck",
        r"(?:any|some) (?:news|word|updates?) (?:yet|from|on|about)",
        r"(?:did|have|has) (?:they|\w+) (?:ever |already )?(?:get|got|gotten|gotten|come|came)"
        r" back to you",
        r"congrat\w*(?: again)? on (?:the|your)", r"so (?:happy|proud) (?:for|of) you",
        r"proud of you",
    ),
    (
        r"schon (?:was|etwas)(?: [\w-]+){0,3} gehort",
        r"gibt(?:'s| es) (?:schon )?(?:was |etwas )?neues",
        r"wie (?:ist|war|lief) (?:es|das|dein)", r"wie (?:lief|ging|war)'?s",
        r"daumen (?:drucken|gedruckt|druck)",
        r"(?:hat|haben) (?:sich )?(?:[\w-]+ ){0,2}(?:schon )?(?:gemeldet|zuruckgemeldet)",
        r"herzlichen gluckwunsch", r"viel gluck", r"wie es gelaufen ist", r"erzahl (?:mal|mir)",
    ),
    (
        r"des nouvelles", r"(?:tu as|t'as) eu (?:des nouvelles|un retour|une reponse)",
        r"comment (?:ca|c'est|s'est) (?:s'est )?passe", r"croise les doigts",
        r"t'(?:a|ont) (?:repondu|recontacte|rappele)", r"felicitations pour",
        r"bonne chance", r"raconte(?:-moi| moi)",
    ),
    (
        r"al iets gehoord", r"nog (?:niks|niets) gehoord",
        r"(?:al|nog) (?:iets|wat|niks|niets)(?: [\w-]+){0,3} gehoord", r"hoe ging",
        r"duim(?:en|pjes)",
        r"(?:al|nog) (?:gereageerd|teruggebeld|iets laten horen)", r"gefeliciteerd met",
        r"succes (?:morgen|vandaag|met|bij|straks)", r"hoe het (?:ging|is gegaan|gaat)",
    ),
    (
        r"alguna novedad", r"sabes algo", r"te (?:han )?dicho algo", r"como te fue",
        r"cruz\w* los dedos", r"(?:ya )?(?:tienes|tuviste|hay) (?:alguna )?noticias?",
        r"te (?:contestaron|respondieron|llamaron|escribieron)", r"felicidades por",
        r"(?:mucha )?suerte (?:manana|hoy|con|en)", r"que tal te (?:fue|ha ido)", r"cuentame",
    ),
    (
        r"alguma novidade", r"ja (?:teve|tiveste|tens|tem) (?:algum |alguma )?(?:retorno|"
        r"resposta|noticias?)",
        r"ja (?:te )?(?:deu|deram) (?:algum )?(?:retorno|resposta|noticias?)\?", r"como foi",
        r"dedos cruzados",
        r"te (?:respondeu|responderam|ligou|ligaram|chamou|chamaram)", r"parabens pel[oa]",
        r"boa sorte", r"(?:me conta|conta-me)",
    ),
    (
        r"novita\?", r"hai saputo", r"com'e andat[oa]", r"incrocio le dita",
        r"ti hanno (?:risposto|richiamato|fatto sapere)", r"complimenti per",
        r"in bocca al lupo", r"fammi sapere com",
    ),
)  # fmt: skip
PITCH = _compile(
    (
        r"(?:another|a new|a different|an exciting|a similar|other|new|some|two|three|a few|a"
        r" couple "
        r"of) (?:[\w-]+ ){0,2}(?:roles?|positions?|opportunit(?:y|ies)|openings?|vacanc(?:y|ies)"
        r"|jobs?)"
        r"(?: (?:in mind|for you|that|which|i|we|at|with))",
        r"came across your (?:profile|cv|resume)",
        r"(?:would|might|could) you be (?:open|interested)",
        r"(?:are|were) you open to", r"open to (?:a |new |hearing|exploring|a chat)",
        r"(?:a|one of my|my|our) clients?(?: of mine)? (?:is|are|who|has|have)",
        r"(?:i'm|i am|we're|we are) (?:currently )?(?:working on|recruiting for|hiring for|"
        r"partnering with)", r"great (?:fit|match) for", r"(?:another|a different|a new) client",
        r"(?:for|with) a client (?:of mine|in|who|that|based)",
    ),
    (
        r"(?:eine |einer )?(?:neue|andere|weitere|spannende) (?:stelle|position|vakanz|rolle|"
        r"moglichkeit|chance|opportunity)", r"(?:ihr|dein) profil (?:gesehen|gefunden|ist mir)",
        r"offen fur (?:eine|neue)", r"wechselbereit", r"mein(?:e|em)? (?:kunde|kundin|mandant\w*)",
        r"(?:anderen|anderer|weiteren|weiterer|neuen|neuer) (?:kunden|kundin|mandanten)",
        r"(?:ich suche|wir suchen|suche ich)(?: [\w-]+){0,2} fur (?:ein|einen|eine) "
        r"(?:unternehmen|kunden|kundin|mandanten|firma)",
        r"(?:waren|hatten) sie (?:offen|interesse)", r"(?:warst|hattest) du (?:offen|interesse)",
    ),
    (
        r"(?:un autre|une autre|un nouveau|une nouvelle) (?:poste|opportunite|mission|offre)",
        r"(?:nouvelle|autre) opportunite",
        r"(?:un |une )?autre client\w*", r"(?:pour|chez) un (?:de mes )?client",
        r"je recrute pour", r"(?:ca|cela) (?:vous|t') ?interesse",
        r"(?:seriez-vous|serais-tu|etes-vous|es-tu) (?:ouvert|interesse)e?",
        r"votre profil (?:a retenu|m'a|nous a)",
        r"ouverte? a (?:de nouvelles|une nouvelle|un nouveau)",
        r"(?:un de mes|mon|l'un de nos) clients?",
    ),
    (
        r"(?:een andere|een nieuwe|andere|nieuwe) (?:functie|vacature|rol|kans|opdracht)",
        r"(?:je|uw) profiel (?:gezien|gevonden|viel)", r"open (?:voor|staan voor) (?:een|nieuwe)",
        r"mijn (?:klant|opdrachtgever)", r"(?:een )?andere (?:klant|opdrachtgever)",
        r"(?:sta|staat|zou) (?:je|jij|u) open(?:staan)? voor",
        r"(?:zou|heb|hebt) (?:je|jij|u) (?:interesse|zin)",
    ),
    (
        r"(?:otra|una nueva|otro|nuevo|nueva) (?:posicion|vacante|oportunidad|puesto|rol|proyecto)",
        r"(?:vi|encontre|revise) tu perfil", r"abiert[oa] a (?:nuevas|una nueva|un nuevo)",
        r"(?:un|mi) cliente", r"otro cliente",
        r"(?:estarias|estaria|estas|esta) (?:abiert|interesad)[oa]", r"te interesaria",
    ),
    (
        r"(?:outra|nova|uma nova|outro|novo) (?:vaga|oportunidade|posicao|cargo)",
        r"(?:vi|encontrei) (?:o )?seu perfil", r"abert[oa] a (?:novas|uma nova|um novo)",
        r"(?:um|meu) cliente", r"outro cliente",
        r"(?:estaria|estarias|esta|estas) (?:abert|interessad)[oa]", r"teria interesse",
    ),
    (
        r"(?:un'altra|un altro|nuova|nuovo|altra|altro) (?:posizione|opportunita|ruolo|offerta)",
        r"(?:visto|trovato) il tuo profilo", r"apert[oa] a (?:nuove|una nuova|un nuovo)",
        r"(?:un|mio) cliente", r"un altro cliente",
        r"(?:saresti|sarebbe|sei) (?:apert|interessat)[oa]", r"ti interesserebbe",
    ),
)  # fmt: skip
# A search firm's own business: a search, mandate or brief it runs, a separate or different
# role, "another client" ("I'm running a COO search", "een nieuwe zoekopdracht", "ein
# Mandat", "une recherche pour un DAF", "una búsqueda", "un mandato").
SEARCH_PITCH = _compile(
    (
        r"(?:running|leading|working on|handling|retained (?:on|for)|briefed on|taken on|"
        r"landed|got|have) (?:a|an|another|a new|a separate|an exclusive|a retained|a "
        r"confidential) (?:[\w&-]+ ){0,3}(?:search|mandate|assignment|brief)",
        r"(?:a|another|a new|a different|a separate|an exclusive|a retained|a confidential|"
        r"different|separate|new) (?:[\w&-]+ ){0,2}(?:search|mandate|assignment) "
        r"(?:has|for|in|at|with|i|we|that|which|came|just|landed|on|[-:,.!?])",
        r"(?:a|another) (?:separate|different|unrelated) (?:[\w&-]+ ){0,2}(?:role|position|"
        r"opportunity|opening|vacancy|job)",
        r"(?:separate|different|unrelated) (?:roles?|positions?|opportunit(?:y|ies)|openings?|"
        r"vacanc(?:y|ies)|jobs?|mandates?|searche?s?|clients?)",
    ),
    (r"(?:neue[sn]?|weitere[sn]?|anderes?|separate[sn]?|ein|einem) (?:[\w-]+ ){0,2}"
     r"(?:mandat|suchauftrag|suchmandat)", r"(?:suchauftrag|suchmandat)"),
    (r"(?:un|une|nouvel(?:le)?|autre) (?:[\w-]+ ){0,2}(?:mandat|mission de recrutement)",
     r"je (?:mene|conduis|gere|pilote|travaille sur|suis sur) (?:une|un) (?:[\w-]+ )?"
     r"(?:recherche|mandat|mission|recrutement)"),
    (r"(?:zoekopdracht|searchopdracht|mandaat)", r"(?:nieuwe|andere) opdracht (?:binnen|"
     r"gekregen|voor|van)"),
    (r"(?:una|otra|nueva) (?:[\w-]+ ){0,2}(?:busqueda|mandato)", r"(?:llevando|liderando|"
     r"gestionando|trabajando en) (?:una|un) (?:busqueda|mandato)"),
    (r"(?:uma|outra|nova) (?:[\w-]+ ){0,2}(?:busca|mandato)", r"(?:conduzindo|tocando|"
     r"liderando|trabalhando em) (?:uma|um) (?:busca|mandato)"),
    (r"(?:un|un altro|nuovo|altro) (?:[\w-]+ ){0,2}mandato", r"(?:seguendo|gestendo|"
     r"lavorando su) (?:un|una) (?:[\w-]+ )?(?:ricerca|mandato)"),
)  # fmt: skip
# The writer setting the pending process aside before turning to something else: "separate
# from", "unrelated to", "nothing to do with", "unabhängig von", "sans lien avec", "los van",
# "al margen de", "independente de", "a parte".
ASIDE = _compile(
    (
        r"(?:separate(?:ly)?|unrelated|independent(?:ly)?) (?:from|of|to)",
        r"nothing to do with", r"(?:totally|completely|entirely) (?:separate|unrelated|"
        r"independent|different)", r"(?:on )?(?:a|another) (?:different|separate|unrelated) "
        r"(?:note|matter|topic|subject)", r"in parallel (?:to|with)",
    ),
    (r"unabhangig (?:von|davon)", r"(?:abgesehen|getrennt) von", r"nichts mit (?:[\w&-]+ ){1,4}"
     r"zu tun", r"(?:ganz )?anderes thema", r"parallel (?:zu|dazu|zum|zur)"),
    (r"sans (?:aucun )?(?:lien|rapport) avec", r"independamment (?:de|du|des)",
     r"rien a voir avec", r"(?:autre|un tout autre) sujet",
     r"en parallele (?:de|du|des|a|au|d(?='))"),
    (r"(?:helemaal )?los van", r"(?:staat|staan) (?:helemaal )?los", r"(?:ander|apart) verhaal",
     r"iets (?:heel )?anders", r"parallel aan"),
    (r"(?:al margen|independientemente|aparte) de(?:l)?", r"sin relacion con",
     r"(?:nada que ver|no tiene que ver) con", r"otro (?:tema|asunto)",
     r"en paralelo (?:a|al|con)"),
    (r"independente(?:mente)? d[aoe]s?", r"sem relacao com", r"(?:nada a ver|nao tem a ver) com",
     r"(?:outro|a parte do) assunto", r"em paralelo (?:a|ao|com)"),
    (r"a parte (?:il|la|lo|l'|i|le)", r"indipendentemente d\w*", r"(?:non c'entra|niente a che "
     r"(?:fare|vedere)) con", r"(?:altro|tutt'altro) (?:tema|argomento)",
     r"in parallelo (?:a|ad|al|alla|allo|con)"),
)  # fmt: skip
# The pending process set aside while it waits ("while we wait for the client's feedback",
# "während wir auf ... warten", "en attendant le retour", "in attesa del riscontro"): an aside
# only for a pitch that names another role, not for a question about the process.
WAITING = _compile(
    (r"(?:while|whilst) (?:we|i|you)(?:'re| are| am|'m)? (?:wait|waiting|await|awaiting)",
     r"you(?:'re| are) (?:still )?(?:waiting|holding out) (?:on|for|to hear)"),
    (r"wahrend (?:wir|ich|du|sie) (?:[\w-]+ ){1,5}(?:warten|abwarten|wartest)",
     r"(?:du|sie) (?:noch )?auf (?:[\w&-]+ ){1,4}(?:wartest|warten)"),
    (r"en attendant (?:le|la|les|un|une|leur|son|sa) (?:retour|reponse|decision|feedback)",
     r"(?:pendant|tant) que (?:tu|vous) attend\w*"),
    (r"terwijl (?:we|wij|ik|je|jij|u) (?:[\w-]+ ){0,4}wacht(?:en|t)?",
     r"(?:je|u) (?:nog )?(?:op [\w&-]+ ){1,2}wacht"),
    (r"mientras (?:esperamos|espero|aguardamos|esperas|espera|aguardas)",),
    (r"enquanto (?:aguardamos|esperamos|aguardo|espero|(?:voce )?(?:aguarda|espera)s?)",),
    (r"(?:in attesa d(?:el|ella|i)|mentre (?:aspett|attend)\w*) (?:[\w'-]+ ){0,2}(?:riscontro|"
     r"risposta|feedback|decisione|notizie)",),
)  # fmt: skip
# Another of the recruiter's clients: "a client of mine", "one of my other clients", "einer
# meiner Kunden", "un autre de mes clients", "een klant van mij", "uno de mis clientes", "um
# dos meus clientes", "uno dei miei clienti": a pitch once the process is set aside.
OTHER_CLIENT = _compile(
    (r"a client of mine", r"one of my (?:other )?clients", r"another (?:of my )?clients?",),
    (r"(?:einer|eine) meiner (?:anderen )?(?:kunden|kundinnen|mandanten)",
     r"(?:ein|eine|einem) (?:anderen? |weitere[nr]? )(?:kunden?|kundin|mandanten?)",
     r"(?:ein|eine) (?:kunde|kundin|mandant) von mir"),
    (r"(?:un|l'un|une|l'une) (?:autre )?de mes clients?", r"(?:un|une) autre client\w*"),
    (r"(?:een )?(?:andere )?(?:klant|opdrachtgever) van (?:me|mij)",
     r"een van mijn (?:andere )?(?:klanten|opdrachtgevers)", r"een andere (?:klant|opdrachtgever)"),
    (r"(?:uno|una) de mis (?:otros )?clientes", r"(?:un|otro) cliente (?:mio|nuestro)",
     r"otro cliente"),
    (r"(?:um|uma) d(?:os|e) meus (?:outros )?clientes", r"outro cliente"),
    (r"(?:uno|una) dei miei (?:altri )?clienti", r"un (?:altro|mio) cliente", r"un cliente mio"),
)  # fmt: skip
# Another role put forward: "another position", "eine weitere Position", "une autre
# opportunité", "een andere functie", "otra posición", "outra vaga", "un'altra posizione".
OTHER_ROLE = _compile(
    (r"(?:another|a further|a different|one more|a new|a parallel) (?:[\w-]+ ){0,2}(?:role|"
     r"position|opportunity|opening|vacancy|job)",),
    (r"(?:neue|andere|weitere|parallele|zusatzliche)[nrs]? (?:[\w-]+ )?(?:stelle|position|"
     r"vakanz|rolle|moglichkeit|option)",),
    (r"(?:un autre|une autre|un nouveau|une nouvelle) (?:poste|opportunite|mission|offre)",),
    (r"(?:een andere|een nieuwe|nog een) (?:functie|vacature|rol|kans|positie)",),
    (r"(?:otra|otro|una nueva|un nuevo) (?:posicion|vacante|oportunidad|puesto|rol)",),
    (r"(?:outra|outro|uma nova|um novo) (?:vaga|oportunidade|posicao|cargo)",),
    (r"(?:un'altra|un altro|una nuova|un nuovo) (?:posizione|opportunita|ruolo|offerta)",),
)  # fmt: skip
# A person at the company writing from a personal address, and saying so: "writing from my
# personal email", "von meiner privaten Adresse", "depuis ma messagerie perso", "vanaf mijn
# privémail", "desde mi correo personal", "do meu e-mail pessoal", "dalla mia mail personale".
PRIVATE_ADDRESS = _compile(
    (r"(?:from|on|using|via) my (?:personal|private|own|home) (?:e-?mail|email|address|account|"
     r"mail|inbox|gmail|phone)",),
    (r"(?:von|uber|mit|aus) meine[rm]? (?:privat|personlich)\w* (?:e-?mail-?)?(?:adresse|e-?mail|"
     r"mail|konto|account|postfach)", r"(?:von|uber) (?:meiner )?privat(?:adresse|mail|en mail)",),
    (r"(?:depuis|de|avec|sur) (?:ma|mon) (?:adresse|messagerie|boite|mail|e-?mail|compte)"
     r"(?: e-?mail| mail)? (?:perso|personnelle?|privee?)",),
    (r"(?:vanaf|via|van|met) mijn (?:prive|persoonlijke|eigen) ?(?:mail|e-?mail|adres|account|"
     r"mailadres)",),
    (r"(?:desde|con|por) mi (?:correo|email|e-?mail|mail|cuenta|direccion)(?: de correo)? "
     r"(?:personal|privad[oa]|particular)",),
    (r"(?:do|pelo|no|com o|a partir do) meu (?:e-?mail|email|endereco|correio|mail)"
     r"(?: de e-?mail)? (?:pessoal|particular|privado)",),
    (r"(?:dalla|con la|sulla|dal|con il) mi[ao] (?:mail|e-?mail|email|casella|posta|indirizzo)"
     r"(?: di posta| email| e-mail)? (?:personale|privat[ao])",),
)  # fmt: skip
# A recruiter putting forward a job of their own, described by its kind, length or rate before
# its noun ("I've got a 6-month interim Finance Manager contract", "ich habe gerade ein Projekt
# als Interim-Controllerin", "j'ai une mission de 6 mois", "ik heb een interim-opdracht",
# "tengo un proyecto de 6 meses", "tenho uma vaga temporária", "ho un incarico di 6 mesi"); the
# words between name no one's contract but the job's (not "a question about the contract", "a
# draft contract for you").
_GAP = (
    # a title's own "of" ("a Head of Buying role", "un poste de directeur de ...") is no gap
    r"(?:(?:head|director|vp|chief|jefe|jefa|directora?|directeur|directrice|responsable|"
    r"hoofd|diretora?|direttore|direttrice|capo|leiter\w*|leitung) (?:of|de|du|des|del|van|do|"
    r"da|di|della) |"
    r"(?!(?:about|on|for|the|with|regarding|re|of|your|their|draft|signed|employment|offer|"
    r"zur|zum|zu|uber|fur|von|bei|ihre?|deine?|den|der|die|das|a|sur|pour|de|du|des|la|le|les|"
    r"votre|ta|over|voor|van|bij|het|je|uw|sobre|para|del|el|tu|su|com|da|do|sua|sul|sulla|per|"
    r"di|della|il|tua|vragen?|vraag|frage|question|pregunta|pergunta|domanda)\b)[\w'.,/$-]+ )"
    r"{0,6}?"
)
HAVE_ROLE = _compile(
    (r"(?:i've got|i have|i've|i just got|we have|we've got|there's|just landed) (?:a|an|another|"
     r"two|a couple of) " + _GAP + r"(?:contract|role|position|job|opening|vacancy|assignment|gig|"
     r"mission|project|temp|locum|interim|placement)s?",),
    (r"(?:ich habe|hab ich|habe ich|ich hab|wir haben) (?:gerade |aktuell |hier |noch |auch )?"
     r"(?:ein|eine|einen|ein weiteres|eine weitere) " + _GAP + r"(?:projekt|stelle|position|"
     r"mandat|vakanz|auftrag|einsatz|interim\w*|rolle|job)\w*",),
    (r"j'ai (?:aussi |egalement |actuellement )?(?:une|un) " + _GAP + r"(?:mission|poste|cdi|cdd|"
     r"contrat|opportunite|projet|remplacement)s?",),
    (r"(?:ik heb|heb ik|we hebben|hebben we) (?:ook |nu |momenteel )?(?:een|nog een) " + _GAP
     + r"(?:[\w-]*opdracht|functie|vacature|rol|klus|project|baan|positie)",),
    (r"tengo (?:tambien |ahora )?(?:un|una|otro|otra) " + _GAP + r"(?:proyecto|posicion|vacante|"
     r"puesto|contrato|rol|oportunidad)",),
    (r"tenho (?:tambem |agora )?(?:um|uma|outro|outra) " + _GAP + r"(?:vaga|projeto|posicao|cargo|"
     r"contrato|oportunidade)",),
    (r"ho (?:anche |ora )?(?:un|una|un'|un altro|un'altra) ?" + _GAP + r"(?:incarico|posizione|"
     r"progetto|ruolo|contratto|opportunita|mandato)",),
)  # fmt: skip
# The writer places themselves outside the company: a fellow applicant ("I'm applying to
# them too", "ich habe mich auch beworben"), a former employee ("I used to work there"), a
# referee ("they rang me for a reference"), a friend who heard the candidate's own news.
OUTSIDER = _compile(
    (
        r"i(?:'m| am)? (?:also |too )?(?:applying|applied|interviewing) (?:to|for|at|with)",
        r"i(?:'ve| have)? (?:also )?(?:got|have|had) (?:an? |my )?(?:[\w-]+ )?interview "
        r"(?:at|there)", r"interview (?:at|with) [\w&' -]{1,30}(?:too|as well)",
        r"i (?:used to|also) work(?:ed)? (?:at|for|there)", r"i worked (?:at|for|there)",
        r"(?:i'm|i am|as) an? (?:former|ex-?)[\w-]*",
        r"(?:called|rang|phoned|contacted|emailed) me (?:[\w-]+ ){0,3}(?:for|about) (?:a |your )?"
        r"references?", r"(?:gave|given|give|giving) (?:you |them )?(?:a |an )?(?:glowing |good |"
        r"great |strong |stellar )?reference",
        r"(?<!they )(?<!she )(?<!he )heard you(?:'ve| have| got| had|'re| are)", r"thought of you",
        r"(?:received|got|had) a reference (?:request|check)",
    ),
    (
        r"(?:habe|hab) mich (?:auch |ebenfalls |selbst )?(?:bei|fur) (?:[\w&-]+ ){0,3}beworben",
        r"ich (?:habe|hab) (?:auch |ebenfalls )?(?:ein|einen) (?:[\w-]+ )?(?:gesprach|interview|"
        r"vorstellungsgesprach) (?:bei|in)", r"ich (?:habe|hab) (?:fruher |mal |selbst )?(?:bei|"
        r"fur) (?:[\w&-]+ ){0,3}gearbeitet",
        r"(?:mich|mir) (?:[\w-]+ ){0,3}(?:wegen|fur|nach) (?:einer|eine|die) referenz",
        r"referenzanfrage (?:von|erhalten|bekommen)",
    ),
    (
        r"j'ai (?:aussi |egalement |moi aussi )?postule", r"j'ai (?:aussi |egalement )?(?:un|mon) "
        r"entretien chez", r"j'ai (?:deja |moi-meme )?travaille (?:chez|pour|la-bas)",
        r"(?:m'a|m'ont) (?:appele|contacte|ecrit)e?s? (?:[\w-]+ ){0,3}(?:pour|au sujet d'|sur) "
        r"(?:une |des |vos )?references?", r"recu une demande de references?",
    ),
    (
        r"ik heb (?:ook |zelf )?gesolliciteerd",
        # the company asked the writer for a reference: "heeft me gebeld voor een referentie"
        r"(?:me|mij) (?:[\w-]+ ){0,4}(?:voor|over|om) (?:een |je |jouw )?referentie\w*",
        r"ik heb (?:ook |zelf )?een (?:[\w-]+ )?gesprek bij",
        r"ik (?:heb )?(?:vroeger |zelf |ook )?bij (?:[\w&-]+ ){0,3}gewerkt",
        r"ik werkte (?:vroeger )?bij",
    ),
    (
        r"(?:yo )?tambien (?:me )?(?:postule|aplique|he postulado|tengo (?:una )?entrevista)",
        r"me (?:llamaron|llamo|escribieron|escribio|contactaron|contacto|pidieron|pidio)"
        r"(?: [\w-]+){0,4} (?:para |por )?(?:pedir(?:me)? )?(?:unas |las |tus |sus )?referencias",
        r"me postule (?:a|en|para)", r"tengo (?:una )?entrevista en ", r"(?:yo )?trabaje (?:en|"
        r"para|alli)",
    ),
    (
        r"(?:tambem )?me candidatei",
        r"me (?:ligou|ligaram|escreveu|escreveram|contatou|contataram|procurou|procuraram|pediu|"
        r"pediram)(?: [\w-]+){0,4} (?:pedindo |para pedir |sobre |por )?(?:as |suas |umas )?"
        r"referencias", r"tenho (?:uma )?entrevista (?:na|no|em) ",
        r"(?:eu )?trabalhei (?:na|no|la|em|para)",
    ),
    (
        r"mi sono (?:anche )?candidat[oa]",
        r"mi (?:ha|hanno) (?:chiamat[oa]|contattat[oa]|scritto|chiesto)(?: [\w-]+){0,4} "
        r"(?:per )?(?:delle |le |alcune |una |qualche )?referenz[ae]",
        r"ho (?:anch'io )?(?:un|il) colloquio (?:da|in|presso) ",
        r"ho lavorato (?:da|in|presso|per|li|la)",
    ),
)  # fmt: skip
# A newsletter or digest: "read the full issue", "view in browser", "download the report".
NEWSLETTER = _compile(
    (r"read (?:the full|more|the rest|online)", r"(?:full|this week's|latest|today's|this "
     r"month's) (?:issue|edition|newsletter|digest|roundup|round-up)", r"view (?:this email |it )?"
     r"(?:in|on) (?:your )?(?:browser|web)", r"download (?:the|our) (?:full )?(?:report|guide|"
     r"whitepaper|survey)", r"(?:this|last) week in", r"in this (?:issue|edition)",
     r"(?:you(?:'re| are) receiving|you received|you receive) this (?:newsletter|e-?mail|mailing)"
     r" because"),
    (r"(?:jetzt |hier )?weiterlesen", r"im browser (?:ansehen|anzeigen|offnen)",
     r"(?:aktuelle|neue) ausgabe", r"in dieser ausgabe",
     r"(?:sie erhalten|du erhaltst) (?:diesen|diese) (?:newsletter|e-?mail|nachricht)"),
    (r"lire la suite", r"(?:voir|afficher) (?:la version )?(?:en ligne|dans (?:votre|le) "
     r"navigateur)", r"(?:ce|le) numero",
     r"(?:vous recevez|tu recois) (?:cette|ce) (?:newsletter|lettre|e-?mail|message)"),
    (r"lees (?:verder|meer)", r"bekijk (?:deze e-?mail )?in (?:je|uw) browser",
     r"in deze (?:editie|uitgave|nieuwsbrief)",
     r"(?:u ontvangt|je ontvangt) (?:deze|dit) (?:nieuwsbrief|e-?mail|bericht)"),
    (r"leer mas", r"ver (?:en|el correo en) (?:el|tu|su) navegador", r"(?:esta|nueva) edicion",
     r"en este (?:numero|boletin)", r"(?:recibes|recibe|has recibido) (?:este|esta) (?:boletin|"
     r"newsletter|correo|e-?mail)"),
    (r"leia mais", r"ver no navegador", r"(?:esta|nova) edicao",
     r"(?:voce )?(?:recebe|recebeu|esta recebendo|esta a receber) (?:esta|este) (?:newsletter|"
     r"boletim|e-?mail)"),
    (r"leggi (?:di piu|tutto)", r"visualizza nel browser", r"(?:questo|nuovo) numero",
     r"(?:ricevi|riceve|hai ricevuto) questa (?:newsletter|e-?mail|comunicazione)"),
)  # fmt: skip
# An agency passing on what the company said: "the client", "their hiring manager", "spoke to".
_RELAY_CLIENT = (
    (
        r"the client",
        r"their (?:hiring|ta|talent|hr|recruiter|recruiting|team|manager|director|ceo|"
        r"cto|cfo|founder|panel|feedback|decision|head)",
        r"spoke (?:to|with)",
        r"heard back from",
        r"feedback from",
    ),
    (r"(?:der|die) (?:kunde|kundin|mandant)", r"beim kunden"),
    (r"le client", r"chez le client"),
    (r"de (?:klant|opdrachtgever)",),
    (r"el cliente",),
    (r"o cliente",),
    (r"il cliente",),
)
RELAY_CLIENT = _compile(*_RELAY_CLIENT)
# An agency speaking for the company it recruits for: "the client", "their hiring manager".
AGENCY_VOICE = _compile(
    (
        r"(?:the|my|our) client", r"hiring manager",
        r"their (?:hiring|ta|talent|hr|recruiter|recruiting|team|manager|director|ceo|cto|cfo|"
        r"founder|panel|head)",
    ),
    (r"(?:der|die|den|dem|meine?m?|unsere?m?) (?:kunde|kunden|kundin|mandant\w*)",),
    (r"(?:le|mon|notre) client",),
    (r"(?:de|mijn|onze) (?:klant|opdrachtgever)",),
    (r"(?:el|mi|nuestro) cliente",),
    (r"(?:o|meu|nosso) cliente",),
    (r"(?:il|mio|nostro) cliente",),
)  # fmt: skip
# ... or speaking of the company in the third person ("they want a second chat").
RELAY = _compile(
    *_RELAY_CLIENT,
    (
        r"they(?:'re|'ve|'d|'ll| are| have| had| would| will| want| said| told| say| liked| loved|"
        r" need| decided| came| got)",
    ),
    (r"(?:sie|die firma) (?:mochten|wollen|haben)",),
    (r"ils (?:veulent|souhaitent|ont)",),
    (r"ze (?:willen|hebben)",),
    (r"(?:quieren|les gusto)",),
    (r"(?:eles querem|gostaram)",),
    (r"(?:vogliono|sono rimasti)",),
)

# --------------------------------------------------------------------------- other mail

TRANSACTIONAL = lazy(
    r"\b(?:your order|order #?\d+|has shipped|on its way|track your (?:package|order)|receipt"
    r"|invoice|"
    r"newsletter|subscription|discount|\d+ ?% off|premium|unsubscribe|bestellung|commande|pedido|"
    r"encomenda|ordine|bestelling|rabatt|remise|descuento|desconto|sconto|korting)\b"
)
# A company's mass mailing: an unsubscribe line or a marketing mailbox (news@, deals@, events@).
MASS_MAIL = _compile(
    (r"unsubscribe", r"opt[ -]out", r"manage (?:your )?(?:email )?preferences"),
    (r"abmelden", r"abbestellen", r"newsletter abbestellen"),
    (r"(?:se )?desinscrire", r"desabonner"),
    (r"afmelden", r"uitschrijven"),
    (r"darse de baja", r"darte de baja", r"cancelar (?:la )?suscripcion"),
    (r"descadastrar", r"cancelar (?:a )?inscricao", r"descadastre"),
    (r"disiscriviti", r"annulla (?:l')?iscrizione", r"cancellati"),
)  # fmt: skip
MARKETING_LOCAL = lazy(
    r"(?:^|[._-])(?:news|newsletters?|deals|offers|promos?|promotions?|marketing|events?|shop|"
    r"store|webshop|angebote|aktionen|nieuwsbrief|noticias|novidades|notizie|mailing)(?:$|[._-])"
)
# ... selling: a discount, a sale, a coupon.
SELLING = _compile(
    (r"\d+ ?% (?:off|discount)", r"discount", r"sale", r"coupon", r"promo code", r"free shipping"),
    (r"\d+ ?% rabatt", r"rabatt", r"gutschein", r"versandkostenfrei", r"sale"),
    (r"\d+ ?% de (?:remise|reduction)", r"remise", r"soldes", r"bon de reduction",
     r"livraison gratuite"),
    (r"\d+ ?% korting", r"korting", r"uitverkoop", r"gratis verzending"),
    (r"\d+ ?% de descuento", r"descuento", r"rebajas", r"cupon", r"envio gratis"),
    (r"\d+ ?% de desconto", r"desconto", r"promocao", r"cupom", r"frete gratis"),
    (r"sconto del \d+ ?%", r"sconto", r"saldi", r"buono sconto", r"spedizione gratuita"),
)  # fmt: skip
# The company writing to the reader as a customer or prospect: a demo, a free trial, a
# webinar, a whitepaper, a subscription ("book a demo", "kostenlose Testversion").
PROSPECT = _compile(
    (r"(?:book|schedule|request|see|arrange) a (?:[\w-]+ ){0,2}demo(?! lesson| class)",
     r"free trial", r"pricing", r"webinars?", r"white ?papers?", r"e-?books?",
     r"your (?:subscription|plan|trial|licen[cs]e|renewal)", r"account (?:executive|manager)",
     r"(?:our|the) sales team", r"customer success"),
    (r"webinars?", r"(?:kostenlose[nr]? )?testversion", r"kostenlos testen", r"vertrieb",
     r"whitepaper", r"(?:ihr|ihre|ihren) (?:abo|abonnement|lizenz|tarif)"),
    (r"webinaires?", r"essai gratuit", r"(?:une )?demo(?:nstration)? (?:de|du) (?:notre|la) "
     r"(?:solution|plateforme|produit|logiciel)", r"livre blanc", r"(?:votre|ton) abonnement"),
    (r"webinars?", r"gratis proef(?:periode|versie)", r"(?:je|uw) abonnement",
     r"demo van (?:ons|onze|het) (?:platform|product|software)"),
    (r"seminarios? web", r"webinars?", r"prueba gratuita", r"(?:tu|su) suscripcion",
     r"demo (?:de|del) (?:nuestr[oa]|la|el) (?:plataforma|producto|software|solucion)"),
    (r"webinars?", r"teste gratis", r"(?:sua|tua) assinatura",
     r"demonstracao (?:da|do|de) (?:nossa|nosso|plataforma|produto|software|solucao)"),
    (r"webinars?", r"prova gratuita", r"(?:il tuo|il suo) abbonamento",
     r"demo (?:della|del|di) (?:nostra|nostro|piattaforma|prodotto|software|soluzione)"),
)  # fmt: skip
# ... or advertising jobs and events to many: "we're hiring", "open day", "apply now".
HIRING_AD = _compile(
    (r"we(?:'re| are) hiring", r"apply now", r"open (?:day|evening|house)",
     r"(?:job|career)s? fair",
     r"careers? (?:event|day)", r"register now", r"open (?:roles|positions|vacancies)",
     r"is growing"),
    (r"wir stellen ein", r"jetzt bewerben", r"tag der offenen tur", r"karrieremesse",
     r"jetzt anmelden", r"offene stellen"),
    (r"nous recrutons", r"postulez", r"portes ouvertes", r"salon de l'emploi", r"inscrivez-vous"),
    (r"(?:we|wij) zoeken", r"solliciteer nu", r"open dag", r"banenmarkt", r"meld je (?:nu )?aan"),
    (r"estamos contratando", r"postula ya", r"puertas abiertas", r"feria de empleo",
     r"inscribete"),
    (r"estamos contratando", r"candidate-se", r"dia aberto", r"feira de emprego",
     r"inscreva-se"),
    (r"stiamo assumendo", r"candidati ora", r"open day", r"career day", r"iscriviti",
     r"posizioni aperte"),
)  # fmt: skip
HIRING = lazy(
    r"\b(?:\w*interview\w*|application|applied|applying|role|position|candidac\w*|candidate"
    r"|recruit\w*|"
    r"hiring|next steps?|offer|bewerb\w*|stelle|candidat\w*|\w*gesprach\w*|kandidat\w*|"
    r"candidature|entretien"
    r"|poste|"
    r"recrutement|sollicit\w*|vacature|\w*gesprek\w*|puesto|candidatura|entrevista|proceso|vaga|"
    r"processo|colloquio|posizione|selezione|"
    # the selection procedure, in the words of public employers
    r"selectie\w*|auswahl\w*|processus|procedimiento|procedura|"
    r"selection (?:process|procedure)|vacanc\w*|vacante)\b"
)

# --------------------------------------------------------------------------- machine-written
# Text that says the message was generated, or that a mailbox acknowledges receipt.
AUTO_TEXT = _compile(
    (
        r"(?:this is an? |this )?automat\w* (?:generated |sent )?(?:reply|response|message|e-?mail|"
        r"notification)", r"(?:generated|sent) automatically", r"(?:do not|please don't) reply",
        r"(?:this|the|our) (?:mailbox|inbox) is (?:not )?(?:monitored|unattended|checked)",
        r"(?:we|the team) aim to (?:reply|respond|get back to you|answer) within",
        # acknowledging receipt, as an applicant-tracking system does
        r"(?:we have|we've) (?:successfully )?received your (?:application|documents|cv|resume|"
        r"submission|message)",
    ),
    (
        r"automatisch (?:erstellt|generiert|versendet|versandt|verschickt|gesendet)",
        r"(?:bitte )?(?:nicht )?auf diese (?:e-?mail|nachricht) (?:nicht )?antworten",
        r"(?:ihre|deine) (?:bewerbung|unterlagen) (?:ist|sind) (?:bei uns )?eingegangen",
        r"eingangsbestatigung", r"(?:dies ist eine )?automatische (?:nachricht|antwort|e-?mail)",
    ),
    (
        r"(?:genere|envoye)e? automatiquement", r"(?:merci de )?ne pas repondre",
        r"(?:bien )?recu (?:votre|ta) candidature", r"(?:message|reponse|e-?mail) automatique",
    ),
    (
        r"automatisch (?:gegenereerd|verzonden|verstuurd)",
        r"(?:niet )?(?:op )?deze (?:e-?mail|mail) (?:niet )?beantwoorden",
        r"(?:je|uw) sollicitatie (?:goed )?ontvangen", r"automatisch (?:bericht|antwoord)",
    ),
    (
        r"(?:generado|enviado) automaticamente", r"no (?:responda|respondas|contestes)",
        r"(?:hemos )?recibido (?:tu|su) (?:candidatura|postulacion|solicitud)",
        r"(?:mensaje|respuesta|correo) automatic[oa]",
    ),
    (
        r"(?:gerad[oa]|enviad[oa]) automaticamente", r"nao (?:responda|respondas)",
        r"recebemos (?:a )?(?:sua|tua) candidatura", r"(?:mensagem|resposta) automatica",
    ),
    (
        r"(?:generat[oa]|inviat[oa]) automaticamente", r"non rispondere",
        r"(?:abbiamo )?ricevuto la (?:tua|sua) candidatura",
        r"(?:messaggio|risposta|e-?mail) automatic[oa]",
    ),
)  # fmt: skip
# An acknowledgement of the application, as templates word it whoever signs them: thanks for the
# application ("Vielen Dank für Ihre Bewerbung", "merci pour votre candidature") and the review
# to come ("wir prüfen Ihre Unterlagen", "nous l'étudions avec attention", "la revisaremos").
ACK_APPLICATION = _compile(
    (r"thank(?:s| you) for (?:your application|applying|your interest in)",),
    (r"(?:vielen |herzlichen )?dank fur (?:ihre|deine) (?:bewerbung|unterlagen|interesse)",),
    (r"merci (?:pour|de) (?:votre|ta) (?:candidature|interet)", r"merci d'avoir postule"),
    (r"(?:bedankt|dank) voor (?:je|uw|jouw) (?:sollicitatie|interesse)",),
    (r"gracias por (?:tu|su) (?:candidatura|postulacion|interes)",
     r"gracias por (?:postularte|postular|aplicar)"),
    (r"obrigad[oa] (?:pela|por) (?:sua |tua )?(?:candidatura|interesse)",
     r"obrigad[oa] por se candidatar"),
    (r"grazie per (?:la tua|la sua|il tuo|il suo) (?:candidatura|interesse)",
     r"grazie per (?:esserti|essersi) candidat[oa]"),
)  # fmt: skip
REVIEWS_APPLICATION = _compile(
    (r"(?:will|we'll|are|is) (?:now |carefully |currently )?(?:be )?review(?:ing|ed)? (?:it|"
     r"your application|your profile|all applications)", r"(?:if|should) your (?:profile|"
     r"experience|skills|background) (?:match|matches|fit|fits|align)"),
    (r"(?:prufen|sichten|bearbeiten|begutachten) (?:ihre|deine|diese|sie|alle|sorgfaltig)",
     r"(?:sorgfaltig|gewissenhaft|eingehend) (?:gepruft|prufen|sichten)"),
    (r"(?:etudi|examin|analys)\w* (?:votre|ta|attentivement|avec attention|l'ensemble)",
     r"nous l'(?:etudi|examin|analys)\w*", r"si votre profil (?:correspond|retient)"),
    (r"(?:bekijken|beoordelen|bestuderen) (?:je|uw|deze|alle|hem|die|zorgvuldig)",),
    (r"(?:revisaremos|revisando|analizaremos|estudiaremos) (?:tu|su|la|con atencion)",
     r"la (?:revisaremos|analizaremos|estudiaremos)", r"si tu perfil (?:encaja|se ajusta)"),
    (r"(?:vamos|iremos) (?:analisa|avalia)\w*", r"(?:analisaremos|avaliaremos)"),
    (r"(?:la )?(?:valuteremo|esamineremo|analizzeremo)",),
)  # fmt: skip
# An ATS announcing a person's message it passes on: "Dana sent you a message", "message from".
RELAYED_MESSAGE = _compile(
    (r"(?:new )?message from", r"(?:has )?sent you a (?:new )?message", r"wrote",
     r"(?:has )?written to you"),
    (r"(?:neue )?nachricht von", r"(?:hat )?(?:ihnen|dir) eine (?:neue )?nachricht (?:gesendet|"
     r"geschickt|geschrieben)", r"(?:hat )?(?:ihnen |dir )?geschrieben", r"schreibt"),
    (r"(?:nouveau )?message de", r"vous a (?:envoye|ecrit) un (?:nouveau )?message",
     r"(?:vous|t') ?a ecrit", r"ecrit"),
    (r"(?:nieuw )?bericht van", r"heeft (?:je|jou|u) een (?:nieuw )?bericht (?:gestuurd|"
     r"verzonden|gestuurd)", r"schreef", r"heeft (?:je|jou|u) geschreven"),
    (r"(?:nuevo )?mensaje de", r"(?:te|le) ha enviado un (?:nuevo )?mensaje",
     r"(?:te |le )?(?:ha escrito|escribio)"),
    (r"(?:nova )?mensagem de", r"(?:te )?enviou (?:uma|a|nova) (?:nova )?mensagem",
     r"(?:te |lhe )?escreveu"),
    (r"(?:nuovo )?messaggio (?:da|di)",
     r"(?:ti|le) ha (?:inviato|scritto) un (?:nuovo )?messaggio", r"(?:ti |le )?ha scritto",
     r"scrive"),
)  # fmt: skip
# Local parts of senders nobody answers from.
NO_REPLY_LOCAL = lazy(
    r"^(?:no-?reply|do-?not-?reply|donotreply|noreply|notifications?|notify|mailer|bounces?|"
    r"alerts?|system|automated|benachrichtigung\w*|notificaciones|notificacoes|notifiche|"
    r"ne-?pas-?repondre|nepasrepondre|nao-?responda|no-?responder|niet-?beantwoorden)"
)
# Local parts of mailboxes a team shares (careers@, recruiting-scheduling@, WattlebrookCareers@).
GROUP_LOCAL = lazy(
    r"(?:careers?|jobs|recruit\w*|talent|scheduling|interviews?|hiring|bookings?|karriere|"
    r"bewerbung\w*|bewerber|recrutement|empleo|seleccion|rrhh|vagas|recrutamento|selecao|selezione|"
    r"werving|vacatures|werkenbij|applications?|candidat\w*|kandidaten|personalabteilung|"
    # where applications go, by the words of each language: sollicitatie@, personeelszaken@,
    # postulaciones@, trabajaconnosotros@, trabalheconosco@, lavoraconnoi@, emploi@
    r"sollicitat\w*|personeel\w*|postulacion\w*|trabaj\w*con\w*|trabalh\w*conosco|"
    r"lavora\w*con\w*noi|curriculum|emplois?|"
    r"recursos ?humanos|risorse ?umane|segreteria|secretariaat|sekretariat|"
    r"privacy|privacidad|privacidade|datenschutz|gdpr|dsgvo|rgpd|lgpd|compliance|"
    r"(?:^|[._-])(?:hr|rh|hrm|people|ta|jobs?|info|office|hello|contact|kontakt|contacto|contato|"
    r"contatto|admin|support|team|reception|empfang|personal|apply)(?:$|[._-]))"
)
# Words that make what follows a condition or a possibility, not a statement: "if you are not
# selected...", "successful candidates will receive an offer". Italian "si" before "è" is no
# "if" but a reflexive ("la selezione si è conclusa").
CONDITION = lazy(
    r"(?<![\w])(?:if|unless|should|whether|in case|otherwise|once|successful candidates?|"
    r"wenn|falls|sofern|sollten?|si(?! (?:e|sono|era|erano)\b)|au cas|en caso|in caso|"
    r"im fall|in geval|ingeval|en cas|caso de|"
    # what happens to a group of applicants in general, not to the reader: "candidates who
    # are not selected will also be notified", "les candidats non retenus"
    r"(?:candidates|applicants|those|anyone|everyone|bewerber\w*|kandidat\w*|sollicitanten|"
    r"candidat[oa]s|candidats|candidates|candidati|postulantes|chiunque|quiconque|"
    r"todos los que|todos os que)"
    r"(?:,? (?:who|that|whose|die|welche|qui|que|che|non|nao|no|not))|"
    # ... or named by how they were chosen: "shortlisted candidates are invited to interview"
    r"(?:shortlisted|selected|suitable|qualified|chosen|preselected|eligible) (?:candidates|"
    r"applicants)|(?:candidates|applicants) (?:will|are|selected|shortlisted|chosen)|"
    r"(?:ausgewahlte|geeignete|passende) (?:bewerber\w*|kandidat\w*)|"
    r"(?:geselecteerde|geschikte) (?:kandidaten|sollicitanten)|"
    r"candidat(?:e|)s (?:retenu|selectionne|preselectionne)\w*|"
    r"candidat[oa]s (?:seleccionad|preseleccionad|selecionad|pre-selecionad)\w*|"
    r"candidati (?:selezionati|idonei|scelti)|"
    r"(?:em |no )?caso (?:voce|vc|nao|seja|tenha|o|a|os|as|seu|sua|haja)|"
    r"se (?:non|nao|voce|vc|for|il tuo|la tua|o seu|a sua|seu|sua|tiver|houver)|qualora|"
    r"indien|mocht|als (?:je|jij|u|jouw|uw|er)|"
    # what happens to some applicants, not to the reader: "only candidates selected for
    # interview will be contacted", "nur ausgewählte Bewerber", "seuls les candidats retenus"
    r"only (?:be )?(?:proceed|progress|move|continu|contact|invit|consider|reach|shortlist)\w*|"
    r"(?:only|nur|seul(?:e)?s|uniquement|alleen|solo|solamente|unicamente|apenas|somente|"
    r"soltanto)(?: (?:the|those|die|les|de|los|las|os|as|i|le|gli))?(?: [\w-]+)? "
    r"(?:candidat\w*|applicants|bewerber\w*|kandidat\w*|sollicitant\w*|postulantes))(?![\w])"
)

# Closing the process as a plan or by a date ("we hope to close the process by Friday", "wir
# wollen das Verfahren bis Ende Mai abschließen"): a timetable, not an outcome.
PLANNED_CLOSE = _compile(
    (
        r"(?:hope|hoping|aim|aiming|plan|planning|expect|expecting|intend|looking|want|trying) to "
        r"(?:[\w-]+ ){0,4}?(?:close|wrap up|conclude|finish|complete|finali[sz]e|end)",
        r"(?:close|closing|wrap up|conclude|finish|complete|end) (?:[\w-]+ ){0,6}?"
        r"(?:by|before|until|within|in the next|at the end of|end of|early|late|next)",
        r"(?:this|next|coming) (?:week|month)",
    ),
    (
        r"(?:wollen|planen|hoffen|erwarten|beabsichtigen|vorhaben|gedenken|rechnen)(?: [\w-]+){0,8}"
        r" (?:abschliessen|abzuschliessen|beenden|zu beenden|schliessen|zu schliessen)",
        r"(?:bis|vor|zum|spatestens) (?:ende|mitte|anfang|\d)",
        r"(?:diese|nachste|kommende)[rn]? woche|(?:diesen|nachsten|kommenden) monat",
    ),
    (
        r"(?:esperons|comptons|prevoyons|pensons|envisageons|visons|souhaitons)(?: [\w'-]+){0,3} "
        r"(?:clore|cloturer|finaliser|terminer|conclure)", r"d'ici (?:la fin|fin|le|\d)",
        r"(?:cette semaine|semaine prochaine|ce mois|mois prochain)",
    ),
    (
        r"(?:verwachten|hopen|plannen|denken|streven)(?: [\w-]+){0,8} (?:af te ronden|af te "
        r"sluiten|te beeindigen|afronden|afsluiten)",
        r"(?:voor|tegen|uiterlijk) (?:eind|half|begin)",
        r"(?:deze|volgende|komende) (?:week|maand)",
    ),
    (
        r"(?:esperamos|prevemos|pretendemos|planeamos|contamos con)(?: [\w-]+){0,3} "
        r"(?:cerrar|finalizar|concluir|terminar)", r"(?:antes de|para) (?:finales|fin|mediados)",
        r"(?:esta|proxima) semana|semana que viene|este mes",
    ),
    (
        r"(?:esperamos|prevemos|pretendemos|planejamos|contamos)(?: [\w-]+){0,3} "
        r"(?:encerrar|finalizar|concluir|terminar)", r"ate o (?:fim|final)",
        r"(?:esta|proxima) semana|este mes",
    ),
    (
        r"(?:speriamo|prevediamo|contiamo|pensiamo|intendiamo)(?: [\w'-]+){0,3} "
        r"(?:chiudere|concludere|terminare|finalizzare)", r"entro (?:la fine|fine|il|\d)",
        r"(?:questa|prossima) settimana|questo mese",
    ),
)  # fmt: skip
# A mailbox acknowledging a message: thanks for writing or receipt of the message ...
ACK_MESSAGE = _compile(
    (
        r"thank(?:s| you) for (?:contacting|writing to|reaching out to|your (?:e-?mail|message|"
        r"enquiry|inquiry|note))", r"(?:we|we've|we have) (?:received|got) your (?:e-?mail|message|"
        r"enquiry|inquiry)", r"(?:acknowledge|confirm) (?:the )?receipt",
    ),
    (
        r"(?:vielen )?dank fur (?:ihre|deine) (?:nachricht|e-?mail|anfrage)",
        r"(?:ihre|deine) (?:nachricht|e-?mail|anfrage) (?:ist|wurde) (?:bei uns )?eingegangen",
        r"(?:bestatigen|bestatigt) (?:hiermit )?den (?:eingang|erhalt)", r"eingangsbestatigung",
    ),
    (r"merci (?:pour|de) votre (?:message|e-?mail|courriel)",
     r"(?:nous )?avons (?:bien )?recu votre (?:message|e-?mail|courriel)",
     r"accus\w* (?:bonne )?reception"),
    (r"bedankt voor (?:je|uw) (?:bericht|e-?mail|mail)",
     r"(?:je|uw) (?:bericht|e-?mail|mail) (?:is )?(?:goed )?ontvangen",
     r"bevestig\w* (?:de )?ontvangst", r"ontvangstbevestiging"),
    (r"gracias por (?:escribir|contactar|tu mensaje|su mensaje|tu correo|su correo)",
     r"(?:hemos )?recibido (?:tu|su) (?:mensaje|correo)", r"acus\w* (?:de )?recibo"),
    (r"obrigad[oa] (?:por|pelo|pela) (?:escrever|contato|contacto|sua mensagem|seu e-?mail)",
     r"recebemos (?:a )?(?:sua|tua) mensagem", r"acusamos (?:a )?rece(?:pc|c)ao",
     r"confirmamos (?:o )?recebimento"),
    (r"grazie per (?:aver(?:ci|e)? scritto|aver(?:ci|e)? contattato|il tuo messaggio|il suo "
     r"messaggio|la tua e-?mail)", r"(?:abbiamo )?ricevuto il (?:tuo|suo) messaggio",
     r"conferm\w* (?:di |la )?ricezione"),
)  # fmt: skip
# ... and promising an answer in the usual time, not a person's news.
ANSWER_IN_TIME = _compile(
    (
        r"(?:aim|try|endeavou?r|strive) to (?:respond|reply|answer|get back)",
        r"(?:respond|reply|answer|get back to you) (?:as soon as (?:possible|we can)|shortly|"
        r"within)", r"we read every (?:message|e-?mail)",
        r"(?:on|by|within) the (?:next|following) (?:working|business) day",
        r"in (?:the )?order (?:they are |they're )?received", r"(?:usually|normally|typically) "
        r"(?:within|in) \d+ (?:working |business )?days",
    ),
    (r"so (?:schnell|bald) wie moglich", r"schnellstmoglich",
     r"innerhalb (?:von |der nachsten )?(?:\d|ein|zwei|drei|vier|funf|sieben|zehn|wenigen)",
     r"(?:beantworten|bearbeiten|lesen) (?:alle|jede) (?:anfragen|nachrichten|e-?mails?)",
     r"(?:am|bis zum) (?:nachsten|folgenden) (?:werktag|arbeitstag|geschaftstag)",
     r"in der reihenfolge (?:ihres|des|ihrer) eingangs", r"in der regel (?:innerhalb|binnen)"),
    (r"dans les (?:meilleurs|plus brefs) delais", r"des que possible",
     r"sous (?:\d|deux|trois|cinq|huit|quinze|quelques)", r"dans un delai de",
     r"(?:le |au )(?:prochain jour ouvr\w*|jour ouvr\w* suivant)", r"par ordre d'arrivee",
     r"(?:generalement|habituellement|en general) (?:sous|en|dans)"),
    (r"zo (?:snel|spoedig) mogelijk", r"binnen (?:\d|een|twee|drie|vijf|tien|enkele)",
     r"(?:de|op de) (?:eerst)?volgende werkdag", r"op volgorde van binnenkomst",
     r"(?:meestal|doorgaans|normaal gesproken) binnen"),
    (r"lo antes posible", r"a la mayor brevedad", r"en un plazo de",
     r"el (?:siguiente|proximo) dia (?:habil|laborable)", r"por orden de llegada",
     r"(?:normalmente|habitualmente|generalmente) (?:en|dentro de) (?:\d|un|una|dos|tres)"),
    (r"o mais (?:rapido|breve) possivel", r"assim que possivel", r"em ate \d", r"no prazo de",
     r"no (?:proximo|seguinte) dia util", r"por ordem de chegada",
     r"(?:normalmente|habitualmente|geralmente) (?:em|dentro de|no prazo de) (?:\d|um|uma|dois|"
     r"duas|tres)"),
    (r"al piu presto", r"(?:il )?prima possibile",
     r"entro (?:\d|due|tre|cinque|dieci|pochi)",
     r"(?:il|nel) (?:prossimo )?giorno lavorativo(?: successivo| seguente)?",
     r"in ordine di arrivo", r"(?:di solito|solitamente|normalmente|generalmente) entro"),
)  # fmt: skip
# A reminder: a system nudging about a step already assigned ("don't forget to book your slot").
REMINDER = _compile(
    (r"reminder", r"(?:don't|do not) forget", r"(?:still|yet) to (?:book|complete|schedule|choose)",
     r"(?:haven't|have not) (?:yet )?(?:booked|completed|scheduled|chosen|picked|selected)"),
    (r"erinnerung", r"noch nicht (?:gebucht|ausgewahlt|abgeschlossen|gewahlt|vereinbart)"),
    (r"rappel", r"n'oubliez pas", r"pas encore (?:reserve|choisi|planifie|complete|termine)"),
    (r"herinnering", r"vergeet niet", r"nog (?:geen|niet) (?:[\w-]+ )?(?:gekozen|geboekt|"
     r"ingepland|afgerond)"),
    (r"recordatorio", r"no olvides", r"(?:aun|todavia) no (?:has|ha) (?:reservado|elegido|"
     r"agendado|completado)"),
    (r"lembrete", r"nao (?:se )?esqueca", r"ainda nao (?:agendou|escolheu|reservou|concluiu)"),
    (r"promemoria", r"non dimenticare", r"non (?:hai|ha) ancora (?:prenotato|scelto|completato|"
     r"fissato)"),
)  # fmt: skip
# A survey or feedback form about the candidate's experience: no further stage of selection.
SURVEY = _compile(
    (r"survey", r"questionnaire about", r"feedback (?:form|survey)", r"candidate experience"),
    (r"umfrage", r"feedbackbogen", r"bewerbererfahrung"),
    (r"sondage", r"enquete de satisfaction", r"experience candidat"),
    (r"enquete", r"vragenlijst over", r"kandidaatervaring"),
    (r"encuesta", r"experiencia (?:del|de) candidat[oa]"),
    (r"pesquisa (?:de satisfacao|sobre)", r"experiencia (?:do|de) candidat[oa]"),
    (r"sondaggio", r"questionario (?:di|sulla) (?:soddisfazione|esperienza)",
     r"esperienza (?:del|di) candidat[oa]"),
)  # fmt: skip
# Job alerts and digests: many jobs, not this process.
JOB_ALERT = _compile(
    (
        r"job alerts?", r"new (?:jobs|roles|positions|openings|vacancies)",
        r"jobs? (?:for you|matching|"
        r"you may|you might)", r"recommended (?:jobs|roles|for you)",
        r"\d+ new (?:[\w-]+ ){0,3}jobs",
        r"similar (?:jobs|roles)",
    ),
    (r"neue (?:jobs|stellen(?:angebote)?)", r"jobagent", r"passende (?:jobs|stellen)"),
    (r"alertes? (?:emploi|offres)", r"nouvelles offres", r"offres (?:pour vous|similaires)"),
    (r"nieuwe vacatures", r"vacatures voor (?:jou|u)", r"vacature-?alert"),
    (r"nuevas (?:ofertas|vacantes)", r"alerta de empleo", r"ofertas para ti"),
    (r"novas vagas", r"vagas para (?:voce|vc)", r"alerta de vagas"),
    (r"nuove offerte", r"offerte per te", r"annunci (?:per te|simili)"),
)  # fmt: skip
# A networking site's notification: profile views, connections, premium offers.
PLATFORM_TEXT = _compile(
    (
        r"viewed your profile", r"profile (?:views|visitors)", r"who's viewed", r"premium",
        r"new connections?", r"connection requests?", r"wants to connect", r"endorsed you",
        r"people (?:also )?viewed",
    ),
    (r"profilbesucher\w*", r"(?:ihr|dein) profil (?:besucht|angesehen)", r"kontaktanfrage"),
    (r"(?:a|ont) consulte (?:votre|ton) profil", r"visites? de (?:votre|ton) profil"),
    (r"(?:je|uw) profiel (?:bekeken|bezocht)", r"profielbezoek\w*"),
    (r"(?:vio|vieron|visito) tu perfil", r"visitas a tu perfil"),
    (r"(?:visualizou|viu|visitou) (?:o )?seu perfil", r"visitas ao seu perfil"),
    (r"(?:ha|hanno) (?:visto|visitato) il tuo profilo", r"visite al (?:tuo )?profilo"),
)  # fmt: skip
# The candidate's own process in a mass mailing: "your application", "your interview".
YOUR_PROCESS = _compile(
    (r"your (?:application|candidacy|interview|assessment|offer|candidate (?:profile|portal))",),
    (r"(?:ihre|deine|ihr|dein) (?:bewerbung|vorstellungsgesprach|gesprach|interview)",),
    (r"(?:votre|ta) (?:candidature|entretien)",),
    (r"(?:je|uw) (?:sollicitatie|gesprek)",),
    (r"(?:tu|su) (?:candidatura|postulacion|entrevista)",),
    (r"(?:sua|tua) (?:candidatura|entrevista)",),
    (r"(?:la tua|la sua|il tuo|il suo) (?:candidatura|colloquio)",),
)  # fmt: skip

# A mail program's receipt, by its subject: "Read: ...", "Gelesen: ...", "Lu : ...", "Gelezen:",
# "Leído:", "Lida:", "Letto:", and the delivery reports ("Undeliverable:", "Unzustellbar:").
RECEIPT_SUBJECT = lazy(
    r"^\s*(?:read|gelesen|lu|gelezen|leido|lida|lido|letto|read receipt|lesebestatigung|"
    r"accuse de lecture|leesbevestiging|confirmacion de lectura|confirmacao de leitura|"
    r"conferma di lettura|undeliverable|undelivered mail returned to sender|unzustellbar|"
    r"non remis|onbestelbaar|no se puede entregar|nao entregue|non recapitabile|"
    r"delivery status notification(?: \(failure\))?|mail delivery failed)\s*:"
)

# Calendar invitations as mail programs write them: "Invitation: ... @ Tue ...", "Accepted: ...",
# with reply buttons ("Yes / No / Maybe", "Annehmen | Ablehnen") or "has invited you to".
CALENDAR_SUBJECT = lazy(
    r"^\s*(?:(?:updated |new )?invitation|invitation mise a jour|updated event|event canceled|"
    r"canceled event|cancelled event|accepted|declined|tentative(?:ly accepted)?|"
    r"(?:aktualisierte )?einladung|abgesagt|angenommen|abgelehnt|invitation|annule|accepte|refuse|"
    r"(?:bijgewerkte )?uitnodiging|geaccepteerd|geweigerd|(?:invitacion|invitacion actualizada)|"
    r"cancelado|aceptado|rechazado|convite|recusado|aceito|invito|annullato|accettato|rifiutato)"
    r"\s*:"
)
# An attendee's answer to an invitation, as calendars title it ("Accepted: Final interview").
CALENDAR_RESPONSE_SUBJECT = lazy(
    r"^\s*(?:accepted|declined|tentative(?:ly accepted)?|angenommen|abgelehnt|"
    r"mit vorbehalt angenommen|accepte|refuse|geaccepteerd|geweigerd|aceptado|rechazado|aceito|"
    r"recusado|accettato|rifiutato)\s*:"
)
CALENDAR_TEXT = _compile(
    (
        r"has invited you to", r"invited you to (?:an|this) event", r"reply for [^\n]{1,80}",
        r"yes / no / maybe", r"accept \| decline", r"going \(", r"invitation from google calendar",
        r"view on google calendar", r"(?:has|have) (?:accepted|declined) this invitation",
        r"this event has been (?:changed|updated|canceled|cancelled)",
        r"join with google meet", r"join (?:the )?(?:microsoft )?teams meeting",
        r"join zoom meeting",
    ),
    (r"annehmen \| (?:mit vorbehalt|ablehnen)", r"hat sie zu (?:einem|diesem) termin eingeladen",
     r"hat (?:diese|die) einladung (?:angenommen|abgelehnt|mit vorbehalt angenommen)"),
    (r"accepter \| (?:refuser|peut-etre)", r"vous a invite",
     r"a (?:accepte|refuse|decline) (?:cette|l'|votre) ?invitation"),
    (r"accepteren \| (?:weigeren|misschien)", r"heeft je uitgenodigd",
     r"heeft (?:deze|de|je) uitnodiging (?:geaccepteerd|geweigerd|afgewezen|aangenomen)"),
    (r"aceptar \| (?:rechazar|quizas)", r"te ha invitado",
     r"ha (?:aceptado|rechazado) (?:esta|la|tu) invitacion"),
    (r"aceitar \| (?:recusar|talvez)", r"convidou voce",
     r"(?:aceitou|recusou) (?:este|o|seu) convite"),
    (r"accetta \| (?:rifiuta|forse)", r"ti ha invitato",
     r"ha (?:accettato|rifiutato) (?:questo|l'|il tuo|tuo) ?invito"),
)  # fmt: skip

# Good news announced by a system: with a further stage named, an advancement.
GOOD_NEWS = _compile(
    (r"congratulations", r"congrats", r"(?:good|great) news",
     r"pleased to (?:let you know|inform)",
     r"(?:enjoyed|loved) (?:your interview|meeting you|speaking with you|talking with you|"
     r"our conversation)"),
    (r"gute nachrichten?", r"herzlichen gluckwunsch",
     r"wir freuen uns,? (?:ihnen|dir) mitzuteilen"),
    (r"felicitations", r"bonne nouvelle", r"(?:avons|avez) le plaisir"),
    (r"gefeliciteerd", r"goed nieuws"),
    (r"felicidades", r"enhorabuena", r"buenas noticias", r"nos (?:alegra|complace)"),
    (r"parabens", r"boas noticias", r"temos o prazer"),
    (r"congratulazioni", r"complimenti", r"buone notizie", r"siamo lieti"),
)  # fmt: skip

package no.farvel.core.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.farvel.localization.LetterLocale;

/**
 * The rounds written as training data for the tone model, not as held-out sets.
 *
 * <p>Rounds 11, 12 and 13: training data for the tone model, each 150 hostile and 120 neutral sentences per language,
 * written by two helpers who never saw the rules, the corpora or the model (round 11 mostly hostility in calm, polite
 * sentences; round 12 as staff of small firms fed up with one client, slang, idioms and text tricks included). The
 * rules were not written from them (a few rules were narrowed where their neutral sentences raised a finding); the
 * model learns from them, so the hostile figures here are not held-out ones, and a regularised model does not learn
 * every sentence it sees: the test holds that at least 85 in 100 are caught (as many of blame, insults and contempt
 * as errors; see round 17 below for why not nine in ten), and that no neutral sentence raises a finding.
 *
 * <p>Round 13 is neutral only, 180 sentences a language written to teach the model what a polite sentence
 * about fault, blame or a problem looks like: the client cleared ("Dere er ikke ansvarlige for forsinkelsen"),
 * reassurance ("This decision is not a reflection on your team"), apologies, the writer's own faults, sympathy, facts
 * about the client's own choices, polite disagreement, responsibility handed over, goodwill. Scored before the model
 * learnt from them (model trained on rounds 2 to 12), 19, 11 and 18 of 180 raised a finding; with half of them learnt,
 * the model alone still flagged 5, 2 and 3 of the other 90. None may raise one now. Round 54 is neutral only too: 60
 * warm and practical sentences a language (sincere praise of the client's people and animals, advice for winding
 * down, clearings), of which the check of stop 37 flagged 5, 4 and 7 before the model learnt them.
 *
 * <p>Rounds 15 and 16, 150 hostile and 150 neutral sentences a language each, by two more helpers who never saw the
 * rules, the corpora or the model: round 15 as minimal pairs (each hostile sentence beside a polite one about the same
 * facts: "Dere har aldri klart å betale en eneste faktura i tide" / "Tre av de siste fire fakturaene ble betalt etter
 * forfall"), round 16 in four voices (a small-business owner typing fast, a stiff legal voice, a manager's personal
 * note, a bookkeeper), with long sentences where one clause of many is hostile. Scored once before the model learnt
 * from them (model from rounds 2 to 14): round 15 flagged 131, 127 and 132 of 150 (nb, nn, en) with 1, 0 and 6 false
 * alarms; round 16 115, 119 and 131 with 4, 8 and 2 (the rules' false alarms among them since mended: "barnehage" as
 * contempt outside a comparison, the English insult "prat" in a Norwegian letter, "because" far from "your", "we will
 * review", "account" read as "accountable", "sincere thanks for your patience").
 *
 * <p>Rounds 17 and 18, by two more such helpers: round 17 minimal pairs of contempt, sarcasm and characterisation
 * without a rude word (understatement, relief, mock thanks, a factual sentence with a sarcastic tail) beside polite
 * sentences about the same facts, 150 + 150; round 18 insults beyond the obvious, accusations in calm language,
 * impersonal blame (150) and 180 polite sentences a checker is tempted to flag. Scored once before the model learnt
 * from them (rounds 2 to 16): round 17 flagged 84, 91 and 107 of 150 (56, 61, 71 %), the kind the check knew least;
 * round 18 133, 137 and 142 with 4, 7 and 8 false alarms of 180. Even learnt, round 17 stays the hardest: the test
 * holds four in five of it flagged (three in four of blame, insults and contempt as errors) in every language.
 * Its polite halves score close to their hostile twins, so the nynorsk threshold (two in a hundred held-out neutral
 * sentences above it) rose from 0.86 to 0.91 when it came in, and nynorsk round 11 fell from about 98 to 89 % flagged
 * (88 % of blame, insults and contempt as errors); the other rounds hold at least 85 % of each. On the fresh held-out
 * set written the same day (blind 7) nynorsk went the other way: 71 to 74 of 80 flagged, false alarms 2 to 1 of 50.
 *
 * <p>Rounds 19 and 20, by two more such helpers: round 19 minimal pairs again (blame as a question or a rhetorical
 * device, contempt, sarcasm and characterisation without a rude word; each followed by its polite twin) and 40 sincere
 * sentences of warm praise and thanks a language, which the model had sometimes flagged; round 20 hostility hidden in
 * professional prose (icy politeness, passive-aggressive reminders, blame inside a long legal sentence) beside 150
 * polite sentences from the same five writers. Scored once before the model learnt from them: round 20 (model from
 * rounds 2 to 18) flagged 64, 61 and 68 of 100 with 2, 2 and 1 false alarms of 150; round 19 (model from rounds 2 to
 * 21, and the rules that round 20 prompted) 84, 82 and 83 of 100 with 6, 9 and 10 false alarms of 140, most of them
 * the model's on warm praise. Many of round 20's reminders ("nok en gang minner vi om", "as previously stated, several
 * times") are reproach the check reports as a warning, not an error, so its share of errors is held lower. Rounds 21
 * to 26 are the held-out sets blind 7 to blind 12, learnt from after they were measured.
 *
 * <p>Rounds 27 and 28, by two more such helpers: round 27 what the check missed most (blame told as a plain sequence
 * of events with no word of blame, contempt and sarcasm without a rude word, blame as a question) beside neutral
 * timelines, sincere praise and polite statements about payments, 100 + 100; round 28 new voices (six trades a language
 * not used before), 100 hostile and 80 neutral. Scored once before the model learnt from them (model from rounds 2 to
 * 26): round 27 flagged only 61, 60 and 64 of 100 with 10, 5 and 11 false alarms of 100, the hardest round yet; round
 * 28 90, 90 and 93 with 3, 4 and 4 of 80. Round 29 is blind 13, learnt from after it was measured.
 *
 * <p>Round 30, by another such helper: the hard middle (sarcasm and contempt without a rude word, blame without a word
 * of blame, characterisation in idiom) beside neutral sentences written close to them (praise in the words of
 * sarcasm, fault-free timelines, polite questions, the writer's own mistakes), 100 + 100. Scored once before the model
 * learnt from it (rounds 2 to 29): flagged 89, 82 and 80 of 100 with 10, 9 and 7 false alarms of 100. Rounds 31
 * and 32 are blind 14 and blind 15, learnt from after they were measured.
 *
 * <p>Rounds 33, 34 and 35 are blind 16, 17 and 18 (stop 34), each measured once before the check learnt from it.
 * Blind 16 on 922c0f6: flagged 77, 77 and 76 of 80 (nb, nn, en), 35, 37 and 37 of 38 blame, insults and contempt as
 * errors, false alarms 1, 0 and 0 of 50; its one false alarm ("belaste dere for feil vi selv har gjort") brought a rule
 * that clears a sentence about mistakes the writer made, unless it denies them ("feil vi aldri har gjort"). Blind 17
 * on 7ab0cfe (blind 16 learnt): flagged 80, 75 and 74 of 80, errors 38, 34 and 35 of 38, false alarms 1, 0 and 3 of
 * 50; "There was never any suggestion that your staff had caused the leak" brought a rule that clears a denied
 * suggestion of the recipient's fault ("det har aldri vært snakk om at dere ..."). Blind 18 on 2991c2d (blind 17
 * learnt): flagged 78, 79 and 75 of 80, errors 37, 37 and 36 of 38, no false alarm; no rule was written from it.
 *
 * <p>Round 36 is blind 19 (stop 35), measured once on 3306925 (blind 18 learnt): flagged 80, 79 and 75 of 80, errors
 * 38, 37 and 37 of 38, false alarms 1, 0 and 2 of 50. From it came rules for deeds that go on ("your club has been
 * pocketing the refunds"), for use without a licence and for hoping it would go unnoticed ("hoped we would not check",
 * "håpet vi ikke skulle sjekke"), for what the recipient "is pleased to call" something, a rule that clears "nobody
 * doubts it was an accident" ("ingen tviler på at det var et uhell"), and "honoured" in the sense of kept ("the final
 * order will still be honoured") no longer reads as the flattered "honoured" of sarcasm.
 *
 * <p>Round 37 is blind 20 (stop 35), measured once on 8ce0cb9 (blind 19 learnt): flagged 78, 77 and 74 of 80, errors
 * 37, 35 and 32 of 38, false alarms 1, 1 and 0 of 50. From it: contempt idioms ("dignify ... with a reply", "if anyone
 * will have you", "hvis noen vil ha dere"), a deed done "by you" in the passive, "as agreed" in a counterfactual is the
 * condition ("Had your team labelled the boxes as agreed, ..."), not the writer agreeing; the plural participle ("blir
 * fakturerte som vanleg") is the routine of "som vanleg", not blame; and neutral sentences with "selvsagt",
 * "sjølvsagt", "of course" in the team's corpora, which had them almost only in sarcasm.
 *
 * <p>Round 38 is blind 21 (stop 35), measured once on 25cc1b8 (blind 20 learnt): flagged 78, 79 and 77 of 80 (98, 99
 * and 96 %), errors 36, 38 and 36 of 38, false alarms 0, 4 and 3 of 50. Its false alarms brought rules that clear "never
 * a single claim, incident or problem" ("aldri hatt ein einaste skade"), "not to anything in your studio" and "none of
 * it was anyone's fault"; "it was never the intention that ..." ("aldri meininga at") is no contempt for the
 * recipient's motives, nor "think back on the cooperation" ("tenkje tilbake på samarbeidet").
 *
 * <p>Round 39 is blind 22 (stop 35), measured once on efa877a (blind 21 learnt): flagged 75, 79 and 76 of 80 (94, 99
 * and 95 %), errors 33, 38 and 36 of 38, false alarms 0, 0 and 2 of 50. From it: blame told as what the recipient did
 * against the writer's advice ("mot vårt råd", "against our repeated warnings") or as a cleft ("det var dere som
 * glemte ..."); "we have never had a problem with your payments" and "rather than anything on your side" clear a
 * sentence.
 *
 * <p>Round 40 is blind 23 (stop 35), measured once on 0aa9e04 (blind 22 learnt): flagged 77, 78 and 77 of 80 (96, 98
 * and 96 %), errors 37, 37 and 36 of 38, false alarms 0, 1 and 1 of 50 (one a warning). From its false alarms: "nobody
 * at your farm could have prevented it" and "you could not have known" clear a sentence; "de alltid har følgt
 * rutinane" is no accusation.
 *
 * <p>Round 41 is blind 24 (stop 35), measured once on 011d515 (blind 23 learnt, the review's narrowing in): flagged 77,
 * 74 and 76 of 80 (96, 93 and 95 %), errors 37, 36 and 35 of 38, false alarms 0, 2 and 0 of 50. Its false alarms: the
 * English rules read "eit mistak frå vår side å love levering" as sarcasm (false friends: the English rules beside a
 * Norwegian letter's own no longer read a phrase that runs over Norwegian words), and "Ingen har skuld i at ..." now
 * clears a sentence.
 *
 * <p>Rounds 95 and 97 are blind 53 and 54 (stop 42): blind 53 measured once on ecc334c, flagged 74, 76 and 73 of 80,
 * errors 36, 36 and 34 of 38, false alarms 1, 0 and 3 of 50; blind 54 kept unread until stop 42's rule changes were
 * done, then measured on them (78, 80, 77; 38, 38, 36; 0, 1, 1) and on ecc334c (one English sentence fewer). Round 98
 * is blind 55, measured once on 116564c (after the review of stop 42's rules): 76, 77, 77; 38, 36, 37; 0, 0, 0.
 * Round 100 is blind 56 (stop 43), measured once on 4e00452 (stop 42's finished check): 77, 78, 77; 36, 38, 36; 0, 2,
 * 0. Round 102 is blind 57, measured once on stop 43's first rule changes (rounds 100 and 101 learnt): 76, 78, 75; 34,
 * 38, 35; 0, 0, 0 (on 4e00452 one bokmål sentence more flagged). Round 104 is blind 58, measured once on a464082
 * (rounds 100-103 and stop 43's rule changes in): 77, 77, 76; 38, 38, 35; 1, 1, 0. Round 106 is blind 59, measured once
 * on 53cdf03 (stop 43's check): 80, 78, 75; 38, 38, 38; 0, 2, 1. Round 108 is blind 60 (stop 44), measured once on
 * 151ea15 with stop 44's first rule changes and rounds 106-107 learnt: 80, 76, 79; 38, 36, 38; 0, 1, 0. Round 110 is
 * blind 61, measured once on 8b83871 (rounds 106-109 learnt): 75, 78, 80; 34, 38, 38; 0, 1, 1. Round 112 is blind 62,
 * measured once on e865dc8 (rounds 110-111 learnt): 77, 78, 78; 38, 37, 36; 0, 1, 1. Round 114 is blind 64 (stop 45),
 * measured once on 689c22c (stop 44's check): 76, 74, 73; 36, 36, 36; 3, 2, 3. Round 116 is blind 65, kept unread until
 * stop 45's first rule changes and rounds 114-115 were in, then measured once: 77, 74, 76; 38, 37, 38; 1, 3, 4. Round
 * 118 is blind 66, kept unread until the review's mends were in, then measured once: 74, 75, 74; 36, 34, 36; 2, 1, 4.
 * Round 120 is blind 67, measured once on stop 45's finished check (74, 75, 73; 38, 35, 36; 3, 2, 2) and kept in
 * /heldout/ until stop 46 learnt it. Five of its seven false alarms, and eight of the 22 the rules raised on 70n (round
 * 121), were the recipient cleared ("utenfor både deres og vår kontroll", "none of the blame lies with your kitchen
 * team", "ikke fordi noen av folkene deres var uforsiktige"): they brought the CLEARS rules (see tone_en.txt), which
 * drop a rule's blame, accusation or characterisation over the words of such a denial while the model still reads the
 * sentence. One nynorsk alarm is left ("de kan gjerne betale han når kasseraren dykkar er tilbake frå ferie": the
 * team's hostile corpus has "Sei gjerne frå når teamet dykkar er attende frå ferie" as sarcasm, and only the context
 * tells them apart). Round 122 is blind 68, measured on the check with rounds 120-121 learnt, before and after the first
 * CLEARS rules (the same both times): 74, 75, 75; 37, 37, 35; 1, 1, 0. Round 124 is blind 69, measured once on 66f5ade:
 * 72, 74, 74; 33, 36, 36; 1, 2, 2. Their false alarms and those of 71n and 72n (rounds 123 and 125) widened the CLEARS
 * rules by kind ("ikkje av noko instruktørane dykkar gjorde", "kyrkjeverja dykkar kunne umogleg ha oppdaga han", "your
 * pickers never once disturbed a hive", "the damage cannot be laid at your door") and mended others ("uten dem hadde vi
 * aldri rukket det" is thanks, not sarcasm; "amatørfotografi" is no insult; "busiest pantomime nights"). Round 126 is
 * blind 70, measured once on stop 46's finished check (71, 74, 76; 36, 38, 36; 1, 1, 0) and kept in /heldout/ until
 * stop 47. Round 128 is blind 71, written to stop 47's rewritten brief (the hostile part late, a quarter without a word
 * negative on its own) and measured once on stop 46's check: 67, 72, 71; 33, 34, 32; 3, 3, 1. Its alarms brought three
 * CLEARS mends ("det skyldes verken dere eller oss", "ingen av deltakerne deres gjorde noe galt", "musikklærarane dykkar
 * var heilt utan skuld"); its spelt-out and starred insults ("k l o v n e r", "n*ut") brought the normaliser's joining of
 * spelt-out words and the scanner's reading of masked words. Both rounds keep the rules' alarms they had when learnt:
 * one nynorsk in round 126 ("Det var sjølvsagt ikkje kasseraren dykkar som hadde skuld …": "sjølvsagt" is read as the
 * tag of irony) and two in round 128 (a fish "parasitt", "eit fantastisk publikum, og vi har aldri fått så mange
 * teikningar"). Rounds 130 and 131 are blind 73 and 74 (stop 47, the same brief), measured once on 3d21303: 77, 72, 70;
 * 34, 34, 33; 2, 2, 0 and 74, 72, 72; 37, 35, 33; 2, 3, 2. Their alarms brought two CLEARS lines ("det var ingenting
 * dere kunne ha gjort annerledes", "du kunne ikkje ha gjort noko annleis"); one or two a language are left (a burst
 * pipe "in the flat above your gallery" read as blame, "ingenting tyder på at noen hos dere har vært uforsiktige",
 * praise followed by "aldri har vi fått så mye hjelp"). Rounds 132 and 133 are blind 75 and 76 (stop 47, the same
 * brief), measured once on 925614a: 68, 71, 74; 32, 34, 33; 3, 2, 1 and 79, 73, 75; 38, 36, 35; 1, 3, 0; then learnt
 * with no rule change. Round 141 is blind 79, kept in /heldout/ through stop 48 (75, 77, 76; 35, 38, 37; 3, 3, 2 on
 * its finished check) and learnt at stop 49; round 143 is blind 82 (stop 49, building and home trades), measured once
 * on 6f3b633: 76, 73, 78; 36, 35, 37; 0, 1, 1. Their rules' alarms brought denials read as denials ("Det var ikkje
 * personalet dykkar sin feil", "var ikke på noen måte deres skyld", "ingen si skuld", "ikkje korleis de fyrte", "Det
 * var ikkje kokkane dykkar som gjorde noko gale", "that was our failing, not yours", "It would be quite wrong to blame
 * your volunteers", "ingen grunn til å tru at nokon hos dykk …"), a reason about ourselves after "den einaste grunnen
 * til at vi seier opp avtalen med dykk", our own "dum glipp", "a crooked motto" (only "crook" is an insult) and
 * "pantomime seasons"; both were learnt with no alarm left. Rounds 145 and 146 are blind 84 and 85 (stop 49, sport and
 * leisure, and office services), measured once on 609a432: 75, 75, 73; 36, 34, 35; 0, 0, 1 and 69, 74, 74; 34, 34, 35;
 * 1, 0, 2. Their alarms and 80n's (round 147) brought "What a pleasure it has been to work with you all!" read as
 * thanks (delight is sarcasm only beside a fact that went wrong), "your game hosts" (only "your games" is a
 * characterisation), "caused by a power outage at our hosting supplier", "careless handling … by the courier firm …
 * was not your fault", "og vi dekker selvsagt eventuelle gebyrer", "det seier mykje om den gode stemninga", "Ingen …
 * hadde rørt urverket", "heilt vårt ansvar", and a survey of the Norwegian sets of praise for stems that meet unrelated
 * words ("talent" met "talen", the speech; "erfaren" "erfart", "rutinert" "rutinene", "balansert" "balansen", "minnes"
 * "minner", "skjønn" "skjønt"): those members are exact forms now. Round 148 is blind 86 (stop 49, transport and
 * vehicle services), measured once on cd98592: 77, 73, 75; 35, 36, 35; 2, 3, 0; its alarms and 81n's (round 149)
 * brought "…, ikkje folka dykkar" and "og ikke måten personalet deres pakket dem ut på" read as denials, "hestane
 * ferdig lasta" (loaded, not blamed), "dere skylder oss ingenting", "vi har aldri måttet etterlyse en eneste
 * bestilling", "very little hearing damage across your workforce", "on time after a fire", "which we should have
 * done", "made our job easy every single time", and "sjåføren vår feil adresse" no longer read as our own fault. A
 * helper's review of the stop's rules with 95 probes narrowed the new lines where they let hostility through ("Vi har
 * sterk grunn til å klandre dere", "Ingen vil jobbe med oss på grunn av dere", "Det var ikkje første gong det var
 * dykkar feil", "Det er selvfølgelig ikke deres feil at …", "We see no reason not to hold you liable"): none of its
 * hostile probes that had a finding before has none now. Rounds 150 and 151 are blind 87 and 88 (stop 49, cleaning and
 * waste, and media and printing), measured once on 12c7028: 78, 76, 76; 37, 38, 36; 0, 2, 1 and 76, 77, 75; 36, 35,
 * 35; 1, 3, 1. With 82n (round 152: 8, 17 and 16 alarms, 5, 10 and 6 the rules') they brought "Who would have
 * thought …" read as sarcasm only beside a fact that went wrong, no longer beside the recipient alone ("Kven skulle tru
 * at akevitten dykkar skulle vinne gull i London?"; the hostile corpora lost no finding by it), "ikkje av at gjestene
 * dykkar sat for nær mikrofonen", "Det var vår tekniker som overså sidene, ikke redaktøren deres", "we charged for
 * underlays you never received", "forsinkelsen skyldtes vår egen dårlige planlegging", "caused problems at your Easter
 * stall" (the recipient harmed, not blamed), "listeners told us so again and again", "you will not tell the others".
 * Round 151 keeps one English alarm ("Your author's patience during the three re-recordings … was remarkable").
 * Rounds 153 and 154 are blind 89 and 90 (stop 49, farm, animal and garden services, and safety and inspection),
 * measured once on c38a5fc: 75, 75, 77; 36, 35, 37; 0, 1, 0 and 75, 69, 77; 34, 33, 36; 1, 0, 5. Their alarms and 83n's
 * (round 155) brought "response" apart from "responsible" (the English rules wrote "responsible" as a lemma, which met
 * "response": "your first-aiders' quick response … was remarkable" was blame), "pinlig"/"pinleg" a condemnation only
 * of the client ("en pinlig feil fra vår side"), "det hadde de ingen innverknad på", "ikke av noen av deres ansatte",
 * "er ikke et tegn på at …", "uten at noen hos dere kunne gjort noe med det", "hvis innbetalingen har gått oss hus
 * forbi", "the most caring hen-sitters we have ever had", "not damaged by careless handling but by a manufacturing
 * flaw", "Only two of your 118 appliances failed … an excellent result"; and "slik at vi skulle ta på oss skylden" is
 * no longer read as our taking the blame. Round 154 keeps one English alarm ("It was your receptionist who first
 * noticed the warning light …", the tone model's). A second helper review, 123 probes on these last lines, narrowed them
 * where they silenced hostility ("Det var pinleg å sjå korleis de handsama oss", "Dere brukte vårt lager som deres
 * eget, mens vår egen stab måtte vente", "Tre uker gikk uten at noen hos dere kunne gjøre noe så enkelt som å svare").
 * Rounds 164, 166 and 167 are blind 93, 96 and 97 (stop 51; figures in their headers). Round 164 keeps one bokmål alarm
 * ("imponerende hvordan elevene deres holdt motet oppe … mens de ventet på bussen vi hadde sendt feil vei", praise
 * beside a mistake of our own) and one nynorsk ("det var sjølvsagt ikkje skulda til gjestene dykkar": the scoff word
 * "sjølvsagt" keeps a denial from clearing); round 166 three English ("not by any delay on your side", "rather than
 * from anyone at the school", "We were entirely to blame for sending … to your old address"), left to the rules because
 * the tone model reads the clause the rule found as blame on its own, and round 164 a second nynorsk one ("fordi banken
 * dykkar hadde driftsstans, og det er heilt i orden"), where the words around the hit read as blame. Rounds 168 and 169
 * are blind 99 and 100 (stop 51); round 168 keeps three nynorsk alarms of the rules ("det var aldri meininga å
 * overkøyre dykk" after "Eg skjønar godt …, og", "vi meiner ikkje at nokon i laget har handla i vond tru", "publikum …
 * hadde aldri sett maken, og det er dykkar forteneste!"). Rounds 171, 173 and 174 are blind 98, 101 and 102 (stop 52;
 * figures in their headers); they keep a few alarms the retrained model does not overrule: praise written as a
 * comparison ("for betre hjelparar har vi aldri hatt!", "we have never had so many people ask for the recipe"), a
 * thanks list that names a mishap of ours ("kvar gong boten vår dumma seg ut"), "Vêret, ikkje planlegginga dykkar, var
 * grunnen". Round 176 (stop 52) is 45 twins a language, a warm sentence and a sarcastic one that open alike ("Så fint
 * at …", "How kind of you …"), written after a review found the tone model's opening features reading warm openings as
 * sarcasm; it has no blame, insult or contempt, so no bar for errors. Its warm twins keep up to ten alarms a language,
 * nearly all from the rules' phrases for mock delight ("How lovely …", "How kind of you to …", "Imponerende hvordan dere
 * …"), which read every such opening as sarcasm and which the model is not sure enough to overrule. Rounds 177 and 179
 * are blind 103 and 104 (stop 53; figures in their headers), with no alarm left once the rules' mends of stop 53 ("etter
 * det vi vet" is not "ingen av dere vet") and the retrained model are in. Rounds 181 and 183 are blind 105 (held out
 * through stop 53) and 106 (stop 54); 181 keeps two bokmål alarms of the rules that neither a mend nor the model
 * lifts: "aldri en eneste gang levert en skjerm uten ferdig utfylt pakkekort" (never once without: praise, but "aldri en
 * eneste gang uten feil" is blame) and a cleft denial ("Det var slett ikke uforsiktighet fra spillerne deres som ødela
 * stålet, men en defekt slipeskive"), whose blame lies outside the words the denial matches. Rounds 185, 187 and 189
 * are blind 107 (held out through stop 54), 108 and 110 (stop 55; figures in their headers); once the rules' mends of
 * stop 55 and the retrained model are in, 187 keeps one nynorsk alarm, "Vi har aldri hatt så hyggelege kundar i
 * studioet som bandet dykkar" (a mend for it let "… – tre purringar og framleis ikkje betalt" through). Rounds 191,
 * 193, 195 and 197 are blind 109 and 111 (held out through stop 55) and 112 and 113 (stop 56); 195 keeps one bokmål
 * alarm, "Den skadde filmrullen deres … ble … ødelagt av fukt lenge før den kom til oss" (a mend for damage done by the
 * weather also cleared "Protokollene ble ødelagt av fukt mens de lå i Deres oppbevaring"; stop 57 reads a thing that
 * broke "i vinden" or "under stormen" as weather's doing, but still not "av fukt"). Rounds 199 and 201 are blind 114
 * (held out through stop 56) and 116 (stop 57), with no alarm left. Round 203 is blind 115 (held out through stop 57);
 * it keeps one nynorsk alarm, "… for all hjelp med kvotane!!": two exclamation marks read as shouting whatever the
 * words, as the guide asks for one. Round 205 (blind 118, stop 58) keeps one of the same kind ("… under ryddinga i
 * Hyllestad!!"). Round 207 (blind 117, held out through stop 58), round 209 (blind 120, stop 59), round 211 (blind
 * 119, held out through stop 59) and round 213 (blind 121, held out through stop 59) keep none; round 215 (blind 124,
 * stop 60) keeps one warning of the same kind ("… vi har satt enormt pris på samarbeidet!!"). Rounds 217 and 219 are
 * blind 122 (held out through stop 60) and 123 (held out through stop 60; figures in their headers), with no alarm
 * left once stop 61's mends and the retrained model are in.
 */
class TrainingRoundsCorpusTest {
    private static final List<ToneCorpus.Bar> BARS = List.of(
            new ToneCorpus.Bar("round11", 120, 0.85, 0.85),
            new ToneCorpus.Bar("round12", 120, 0.85, 0.85),
            new ToneCorpus.Bar("round15", 150, 0.85, 0.85),
            new ToneCorpus.Bar("round16", 150, 0.85, 0.85),
            new ToneCorpus.Bar("round17", 150, 0.80, 0.75),
            new ToneCorpus.Bar("round18", 150, 0.85, 0.85),
            new ToneCorpus.Bar("round19", 100, 0.90, 0.85),
            new ToneCorpus.Bar("round20", 100, 0.85, 0.75),
            new ToneCorpus.Bar("round21", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round22", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round23", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round24", 50, 0.85, 0.85),
            new ToneCorpus.Bar("round25", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round26", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round27", 100, 0.85, 0.80),
            new ToneCorpus.Bar("round28", 80, 0.90, 0.90),
            new ToneCorpus.Bar("round29", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round30", 100, 0.85, 0.80),
            new ToneCorpus.Bar("round31", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round32", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round33", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round34", 50, 0.90, 0.85),
            new ToneCorpus.Bar("round35", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round36", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round37", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round38", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round39", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round40", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round41", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round42", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round43", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round44", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round45", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round46", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round47", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round48", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round49", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round50", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round51", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round52", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round53", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round55", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round56", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round57", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round59", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round62", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round66", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round68", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round72", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round74", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round77", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round80", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round82", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round85", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round89", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round91", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round94", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round95", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round97", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round98", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round100", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round102", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round104", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round106", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round108", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round110", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round112", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round114", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round116", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round118", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round120", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round122", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round124", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round126", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round128", 50, 0.90, 0.90, 2),
            new ToneCorpus.Bar("round130", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round131", 50, 0.90, 0.90, 2),
            new ToneCorpus.Bar("round132", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round133", 50, 0.90, 0.90, 2),
            new ToneCorpus.Bar("round134", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round136", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round137", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round138", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round139", 50, 0.90, 0.90, 2),
            new ToneCorpus.Bar("round141", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round143", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round145", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round146", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round148", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round150", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round151", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round153", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round154", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round156", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round158", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round159", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round161", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round162", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round164", 50, 0.90, 0.90, 2),
            new ToneCorpus.Bar("round166", 50, 0.90, 0.90, 3),
            new ToneCorpus.Bar("round167", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round168", 50, 0.90, 0.90, 3),
            new ToneCorpus.Bar("round169", 50, 0.90, 0.90, 0),
            new ToneCorpus.Bar("round171", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round173", 50, 0.90, 0.90, 2),
            new ToneCorpus.Bar("round174", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round176", 45, 0.90, 0.0, 10),
            new ToneCorpus.Bar("round177", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round179", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round181", 50, 0.90, 0.90, 2),
            new ToneCorpus.Bar("round183", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round185", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round187", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round189", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round191", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round193", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round195", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round197", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round199", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round201", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round203", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round205", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round207", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round209", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round211", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round213", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round215", 50, 0.90, 0.90, 1),
            new ToneCorpus.Bar("round217", 50, 0.90, 0.90),
            new ToneCorpus.Bar("round219", 50, 0.90, 0.90));
    /**
     * The neutral-only rounds 58, 60, 61, 63, 64, 65, 67 (1,450 hard neutral sentences a language, stop 38), 69, 73, 75
     * (stop 39), 78, 81 (stop 40), 83, 86, 90, 92 (stop 41), 96, 99 (stop 42, sets 57n and 58n), 101, 103 and 105 (stop
     * 43, sets 59n, 60n and 61n), 107, 109, 111 and 113 (stop 44, sets 62n to 65n), 115, 117 and 119 (stop 45, sets
     * 67n, 68n and 69n), 121, 123 and 125 (stop 46, sets 70n, 71n and 72n), 127 and 129 (stop 47, sets 73n and 74n),
     * and the innocent twins of rounds 70, 71 (stop 39), 79 (stop 40), 84 and 87 (stop 41): learnt by the model, so its
     * findings there are gone, and the rules' were narrowed by class at stop 40 (from 11 in round 64, 5 in 73 and 6 in
     * 75); rounds 81, 83, 84, 86, 87, 90 and 92 keep the rules' alarms on sets 52n, 53n, hard 48, 54n, hard 49, 55n and
     * 56n, round 103 one on 60n ("…, og det seier mykje om stellet hos dykk": praise in a shape that is contempt
     * without world knowledge), round 105 one on 61n ("Ikkje éin gong har epla de leverte …, vore for dårlege": the
     * comma cuts the clause the rule reads) and round 107 one on 62n ("…, which says a great deal about your brooder",
     * 103's shape) and round 111 one on 64n ("It was never a question of you being difficult to work with, because you
     * never were": the clause rule for "you never" cannot see the clause before), left (a pass narrowed on one set's
     * wording did not carry to the next); round 99's two on 58n ("til enorm hjelp hver eneste gang", "…, but that was
     * the joy of them, not a complaint") are gone since stop 44; round 115 keeps three nynorsk ones on 67n (praise that
     * ends "og det seier alt om korleis de driv rideskulen", 103's shape again; "Takk for alle dei stille morgonane",
     * where the rule reads the silence of an unanswered letter; "mykje av æra for det skal folka dykkar ha" after a
     * denial, read as mock credit), round 117 two (the same "det seier alt om korleis de driv stallen"; "Ikkje ein
     * einaste gong har hundane Dykkar glefsa etter meg", where only knowing that snapping is bad tells the praise from
     * "ikkje ein einaste gong har de betalt") and an English "nothing short of heroic", round 119 four a language
     * (rhetorical questions of praise answered "Neppe", "Kven skulle tru at …" before a happy memory, praise after "not
     * once in five years did any of your pupils arrive unprepared", read as the contempt of "says a great deal about
     * your staff"), round 121 four (praise followed by "noe som sier mye om hvor forsiktige elevene deres er" or "det
     * seier mykje om korleis de driv garden", "Kven skulle ha trudd …", "nothing short of masterly", "a course of your
     * size"); rounds 123 and 125 (stop 46, sets 71n and 72n) four and six, the same kinds (praise followed by "says a
     * great deal about", "nothing short of heroic", "Your orchestra is a marvel", "det seier mykje om korleis De
     * oppbevarer varene", "ein flau feil som eg tek heile ansvaret for", a pony that stole carrots); rounds 127 and 129
     * (stop 47, sets 73n and 74n) eight and ten, mostly the rules' (warm rhetorical questions such as "Kven skulle tru
     * at …", praise beside "aldri", "uprofesjonell stolthet"); round 135 (stop 48, set 75n) four, the rules' ("Hvem
     * skulle trodd at et lite …" before praise, rhetorical questions of praise, "kaffen deres er legendarisk!", an
     * aircraft's registration G-VALE read as shouting); round 140 (stop 48, set 77n) five, the rules' (praise followed
     * by "det sier alt om", "vaffelsteikinga dykkar er rett og slett legendarisk!", "Was there ever an eye department
     * that sent such clear, careful referral letters as yours?", a worry answered in the same sentence); rounds 142 and
     * 144 (sets 76n, kept in /heldout/ through stop 48, and 78n, stop 49) one and two, the rules' (a rhetorical
     * question of praise, "Kunne vi noen gang ha ønsket oss et hyggeligere hotell …?", tenants "wonderfully patient
     * with ladders at their windows for eleven weeks", "Only your club could turn a broken bat handle into the funniest
     * story"); rounds 147 and 149 (80n and 81n, stop 49) one each, the rules' ("Hvor mange løp har vel en speaker som
     * …?" read as the sarcasm of "vel", "the worst hairdresser he had ever met", quoted in fondness); round 152 (82n)
     * five, the rules' on warm rhetorical questions in nynorsk ("Kven andre enn de ville ha heidra ein gammal seglmakar
     * …?", "Veit de eigentleg kor mange tusen sting vi har sydd …?") and "det seier alt om kor hyggelege folk de er"
     * after a denial (a word of the set scoff, "seier", keeps a denial from clearing); round 155 (83n) three, the
     * rules' ("vanlig slitasje" holds the scoff word of "som vanlig", rhetorical questions of praise); round 165 (85n,
     * stop 51) three a language, the rules' that the tone model did not overrule ("Hvor ofte får man egentlig se en
     * arkitekt juble …?", a squirrel "som stjal brødskivene til gruppen deres" read as an accusation, "enestående
     * hjelpsomme, og vi har aldri fått så god kaffe" as sarcasm; "How many workshops can say they cut a sink opening
     * …?", "it was simply the rain, and nothing your escorts did", "wonderful with the older passengers …!"); round
     * 170 (88n, stop 51) three a language, the rules' that the model reads as blame around the words the rule found
     * ("ikkje fordi truckførarane dykkar var hardhende", "Vi har aldri fått en eneste urimelig reklamasjon fra dere,
     * og det sier mye om …", "I would quite like to solve a crossword for once"); round 63 one since stop 51, a thanks
     * list whose last item the check reads again after "og" ("… og kvar einaste gong de heldt porten open"). At most
     * this many sentences a round may still raise any finding in any language, so that no rule change adds to them
     * unseen. Rounds 172 (87n) and 175 (89n, stop 52) keep three and four a language at most: rhetorical praise
     * ("ingen andre steder har like god kaffe … som dere?", "Kan ein flytetank få betre skussmål …?"), "it is entirely
     * down to how carefully your chemists work", a storm that "velta stativet under båten dykkar". Rounds 178 (90n, held
     * out through stop 52) and 180 (91n, stop 53) keep three and two: praise read as sarcasm ("var ment som en varm
     * hyllest og aldri som kritikk", "ingen annan kunde har servert betre vaflar … enn de?", "we were touched that nobody
     * on your side complained"), "a problem with our wording, never with your reading", "lost in your woods on
     * purpose!", a retracted impression ("Hvis vi noen gang har gitt inntrykk av at … var et problem dere hadde skapt,
     * var det feil av oss") and a jingle aired "for hundrede gang". Rounds 182 (92n, held out through stop 53) and 184
     * (93n, stop 54) keep four each: nostalgic questions in nynorsk ("Kor mange gonger har vi eigentleg vorte våte til
     * skinnet …?" shares "kor mange gonger" with "Kor mange gonger har vi eigentleg måtta purre …?", which is hostile;
     * "… har vi eigentleg smurt …?", about what we did, no longer reads as mockery), "Er det ikkje rart at … så mange
     * gode samtalar", "a stroke of
     * genius!", "Hvem skulle trodd at …", "Hvordan klarer dere egentlig å strikke en hel prøvegenser på én uke …?",
     * "Not one of the stains … was the result of carelessness, and red wine … is surely a hazard of the profession"
     * (a scoff word after a denial keeps it from clearing). Rounds 186 (94n, held out through stop 54), 188 (95n) and
     * 190 (97n, both stop 55) keep two, two and one: rhetorical praise by comparison ("Kan vi få lov til å si at ingen
     * båtforening har holdt like god orden … som dere?", "Har noen kunde noen gang ledd så hjertelig som dere …?"; a
     * mend for each let "… har betalt så sent som dere?" or "Ler dere egentlig av purringene våre?" through and was
     * dropped), "Visste dere at lua … er den minste vi noen gang har laget?" (likewise "… den eldste ubetalte vi nokon
     * gong har hatt"), "«alltid ser forferdelige ut på bilder»" quoted from the client's own staff, "Er det ikke typisk
     * at det fineste glasset vi noen gang har laget, ble det siste …?"; "Ingen … kunne ha visst …, så det var overhodet
     * ikke deres skyld" no longer alarms since "ha visst" (could have known) is no sneering "visst" (apparently):
     * {@code SET scoff_notafter | =ha}. Rounds 192 (96n, held out through stop 55), 194 and 196 (99n and 100n, stop 56)
     * keep one, one and two: "… er ikke en skandale, men et tegn på et aktivt og levende biologimiljø!" (a hostile word
     * denied), "Har hestane dykkar nokon gong møtt ein rundball … som dei ikkje likte?" and "Will the dormice on your
     * reserve ever know how many flasks of tea …?" (the same "ever" questions mock: "Will your office ever know how many
     * reminders we sent?"), "Hvem skulle trodd at en ku som heter Fredelig, skulle bli den eneste som noen gang har
     * sparket meg?" ("noen gang" is the mockery of "Hvem skulle trodd at dere noen gang ville betale?"), "… er dere evig
     * takknemlige, selv om de aldri har sagt det høyt" (the earthworms), "Ei haglbyge … øydela nær halvparten av
     * humleplantene våre, så vi kunne berre levere … de hadde tinga", "We never did find out what was in the bag …, but we
     * are sure it was something wonderful". Round 198 (98n, held out through stop 55) keeps two: «skandale» quoted as
     * a word ("Ordet «skandale» i en overskrift …"), "Tenk at Frøya aldri ein einaste gong har gått rett inn i hengaren
     * …" (the horse, not the client), "Er det ikkje litt komisk at eit byrå som les alt som blir skrive om dykk, aldri
     * har …", "Did anyone ever tell you that yours was the only fleet that brought our fitters cake …?", "Who would
     * have guessed that the heaviest bag … would turn out to hold nothing but paperback novels?". Round 200 (101n, held
     * out through stop 56) keeps one bokmål alarm and four English, each of a shape that mocks as often: "ever"
     * questions ("Dere er vel de eneste kundene våre som noen gang har sendt et julekort …?", "Is there anyone who has
     * ever read a meter as carefully as your daughter has …?", "Who could ever forget the year your children named
     * …?"), "Is it too much to hope that you will still put a mushroom dish on the menu …?" and "… nothing short of
     * remarkable, and we are truly grateful!". Round 202 (103n, stop 57) keeps one a language: "… de hadde dessverre med
     * seg en parasitt fra oss" (a fish's parasite, the word an insult), "… og kvifor har vi ikkje rama det inn før no?"
     * (a mend for our own omissions also cleared "… og hvorfor har vi ikke avsluttet samarbeidet før nå?") and "Will
     * your grey pony, Pudding, ever forgive us …?". Round 204 (102n, held out through stop 57) keeps three in bokmål
     * and one in nynorsk and English: "…, og det er ikke rart at ingen hos dere oppdaget den" after our own fault
     * admitted and "Kan man egentlig takke nok for en kunde som …?" (mends for both let their hostile twins through:
     * "… med den grundigheten dere ellers har vist", "… som betaler hver eneste faktura tre måneder for sent"),
     * "Hvordan klarte dere egentlig å få én liten pose stangbønner til å bli …?", "… det var heilt vår eiga skuld at
     * timeplanen dykkar vart rota til" and "We never expected a veterinary surgery to take such a keen interest in …,
     * and your enthusiasm has been a real delight". Round 206 (105n, stop 58) keeps three, two and three: "Vi vet ikke
     * om vi kommer til å savne blomstene eller de herlige frokostbollene deres mest" (a mend let "… eller dei ubetalte
     * rekningane dykkar mest" through), "Hvor mange meter med marshmallows tror dere egentlig …?", a cause denied after
     * "og aldri" ("… skyldtes luftlommer fra fryseren vår og aldri måten bartenderne deres håndterte den på"), "sjølv
     * ikkje då vi gjorde narr av …" (making fun, the word an insult), "Har de nokon gong tenkt over at …?", "Did anyone
     * ever tell you …?", "How could we ever smoke ordinary salmon again …?" and "… a better audience than thirty
     * children hissing at the villain". Round 208 (104n, held out through stop 58) keeps none, three and two, all
     * the rules' on warm jokes and praise whose words also carry reproach: "Takk for at de aldri lét dykk forstyrre av
     * studiohunden vår" ("Takk for at de aldri svarte"), "Det einaste problemet vi nokon gong har hatt med dykk, er at
     * de alltid har bestilt meir pil enn vi klarte å dyrke!", "Kven skal vi no skrive om når ingen annan butikk i bygda
     * pyntar vindauga like fint til jul som de?", "Did anyone ever work out how your commodore fits forty years of
     * regatta stories into a five-minute fitting?" and "We always joked that your nursery was the only place our seeds
     * ever felt truly at home". Round 210 (107n, stop 59) keeps three, one and one: "Hvor mange luer, votter og gensere
     * tror dere egentlig har blitt strikket …?", "Hvem glemmer vel kvelden da …?", "Vi skal innrømme at vi aldri har
     * skjønt hvordan dere klarte å få mest fisk …", "Kva skal vi no gjere med fem flasker blå skjeggfarge som berre
     * tenorane dykkar nokon gong har spurt etter?" and "We never once had a complaint from your stewards, which in the
     * hat trade is nothing short of a miracle". Round 212 (106n, held out through stop 59) keeps two in nynorsk:
     * "De har aldri ein gong bede oss om å pynte på ei risikovurdering …" and "Kven hadde trudd at det einaste vi
     * nokon gong har hatt å utsetje på, er at …?". Round 214 (108n, held out through stop 59) keeps two:
     * "Det einaste problemet de nokon gong skapte for oss, var at …" and "Er det eigentleg mogleg å gå 640 kilometer
     * saman utan å bli gode vener for livet?". Round 216 (111n, stop 60) keeps two in English: "… and the mistake was
     * ours, never your reading room's" and "Might we say, with great affection, that you are the only client who ever
     * sent our goats a Christmas card?". Round 218 (109n, held out through stop 60) keeps two in English, "Never once in
     * nine years did I arrive to find a horse that was not caught, clean and ready, which says everything about your
     * team" (a double negative as praise) and "… a passer-by who did not know you had already pulled it twice this
     * summer", the model's; round 220 (110n, held out through stop 60) keeps none once "tøv*" no longer matches
     * "tøværet".
     */
    private static final Map<String, Integer> NEUTRAL_ONLY = Map.ofEntries(Map.entry("round58", 1),
            Map.entry("round60", 0), Map.entry("round61", 1), Map.entry("round63", 1), Map.entry("round64", 0),
            Map.entry("round65", 0), Map.entry("round67", 1), Map.entry("round69", 0), Map.entry("round70", 1),
            Map.entry("round71", 1), Map.entry("round73", 0), Map.entry("round75", 0), Map.entry("round78", 0),
            Map.entry("round79", 1), Map.entry("round81", 7), Map.entry("round83", 3), Map.entry("round84", 3),
            Map.entry("round86", 5), Map.entry("round87", 3), Map.entry("round90", 4), Map.entry("round92", 5),
            Map.entry("round96", 0), Map.entry("round99", 0), Map.entry("round101", 0),
            Map.entry("round103", 1), Map.entry("round105", 1), Map.entry("round107", 1),
            Map.entry("round109", 0), Map.entry("round111", 1),
            Map.entry("round113", 0), Map.entry("round115", 3),
            Map.entry("round117", 2), Map.entry("round119", 4), Map.entry("round121", 4),
            Map.entry("round123", 4), Map.entry("round125", 6), Map.entry("round127", 8), Map.entry("round129", 10),
            Map.entry("round135", 4), Map.entry("round140", 5), Map.entry("round142", 1), Map.entry("round144", 2),
            Map.entry("round147", 1), Map.entry("round149", 1), Map.entry("round152", 5),
            Map.entry("round155", 3), Map.entry("round157", 3),
            Map.entry("round160", 3), Map.entry("round163", 3), Map.entry("round165", 3),
            Map.entry("round170", 3), Map.entry("round172", 3), Map.entry("round175", 4),
            Map.entry("round178", 3), Map.entry("round180", 2), Map.entry("round182", 4), Map.entry("round184", 4),
            Map.entry("round186", 2), Map.entry("round188", 2),
            Map.entry("round190", 1), Map.entry("round192", 1), Map.entry("round194", 1),
            Map.entry("round196", 2), Map.entry("round198", 2), Map.entry("round200", 4),
            Map.entry("round202", 1), Map.entry("round204", 3), Map.entry("round206", 3),
            Map.entry("round208", 3), Map.entry("round210", 3), Map.entry("round212", 2),
            Map.entry("round214", 2), Map.entry("round216", 2), Map.entry("round218", 2),
            Map.entry("round220", 0));
    /**
     * Rounds 70 and 71 (stop 39), 79 (stop 40), 84 and 87 (stop 41): hostility without a rude word — blame told as
     * plain events, irony, contempt, characterisation — which the check caught at 77–91 % before it learnt them; learnt,
     * at least this share.
     */
    private static final double HARD_ROUNDS_CAUGHT = 0.95;

    private final GuideCheck check = GuideCheck.standard();

    @Test
    void printsTheFiguresPerLanguage() {
        ToneCorpus.printRounds(check, BARS);
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void catchesMostHostileSentencesWithoutFalseAlarms(LetterLocale locale) {
        ToneCorpus.assertHolds(check, locale, BARS);
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void theHardRoundsAreCaughtOnceLearnt(LetterLocale locale) {
        for (String round : List.of("round70", "round71", "round79", "round84", "round87")) {
            ToneCorpus.Figures figures = ToneCorpus.round(check, locale, round);
            System.out.println(figures.line(round));
            assertThat(figures.flaggedShare()).as(round + " flagged").isGreaterThanOrEqualTo(HARD_ROUNDS_CAUGHT);
            assertThat(figures.errorShare()).as(round + " errors").isGreaterThanOrEqualTo(HARD_ROUNDS_CAUGHT);
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void theNeutralOnlyRoundsRaiseNoMoreFindingsThanWhenLearnt(LetterLocale locale) {
        for (Map.Entry<String, Integer> round : new TreeMap<>(NEUTRAL_ONLY).entrySet()) {
            List<String> alarms = new ArrayList<>();
            List<String> sentences = ToneCorpus.neutral(round.getKey() + "_neutral_" + locale.code() + ".txt");
            for (String sentence : sentences) {
                if (!ToneCorpus.noteFindings(check, locale, sentence).isEmpty()) {
                    alarms.add(sentence);
                }
            }
            System.out.printf(Locale.ROOT, "%s %s: %d of %d neutral sentences raise a finding%n", round.getKey(),
                    locale.code(), alarms.size(), sentences.size());
            assertThat(alarms).as(round.getKey() + " " + locale.code()).hasSizeLessThanOrEqualTo(round.getValue());
        }
    }

    @ParameterizedTest
    @MethodSource("no.farvel.core.guide.Examples#locales")
    void noPoliteSentenceAboutFaultOrProblemsRaisesAFinding(LetterLocale locale) {
        for (String round : List.of("round13", "round54")) {
            for (String sentence : ToneCorpus.neutral(round + "_neutral_" + locale.code() + ".txt")) {
                assertThat(ToneCorpus.noteFindings(check, locale, sentence)).as(round + ": " + sentence).isEmpty();
            }
        }
    }
}

package no.farvel.docx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.farvel.templates.CaseFile;
import no.farvel.templates.Farvel;
import no.farvel.templates.testing.LetterCases;
import no.farvel.templates.testing.LibreOffice;
import no.farvel.templates.testing.SharedExamples;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case file's Word documents as LibreOffice reads them, in bokmål, nynorsk and English: the memo marked internal
 * with its facts and prompts, the replies, and the debrief agenda with its questions and actions table. One
 * LibreOffice run reads them all.
 */
class DocxCaseFileTest {
    private static final Farvel FARVEL = Farvel.builder().build();

    /** What each document shows, by example and document. */
    private static final Map<String, Map<String, List<String>>> SHOWS = Map.of(
            "nb-sen-betaling.json", Map.of(
                    "memo", List.of("INTERNT: Skal ikke sendes til kunden eller legges ved brev eller e-post.",
                            "Beslutningsnotat: avslutning av kundeforholdet med Fjordkraft Demo AS",
                            "Kundeforholdet har dermed vart i tre år og åtte måneder.", "Sum utestående: kr 21 350,00",
                            "Teamets vurdering", "Fyll inn hvem som tok beslutningen.", "Juridisk vurdert av"),
                    "replies", List.of("Kunden vil forhandle", "Kunden er fiendtlig eller truende",
                            "Som vi skrev i brevet vårt av 28. november 2026, opphører avtalen «Avtale om "
                                    + "regnskapstjenester» ved utløpet av 31. januar 2027."),
                    "debrief", List.of("Evaluering: avslutningen av kundeforholdet med Fjordkraft Demo AS",
                            "Vurdering av nye kunder", "Forventninger ved avtaleinngåelse", "Opplæring og støtte",
                            "Ansvarlig", "Frist")),
            "nn-trakassering.json", Map.of(
                    "memo", List.of("INTERNT: Skal ikkje sendast til kunden eller leggjast ved brev eller e-post.",
                            "Avgjerdsnotat: avslutning av kundeforholdet med Vestland Bygg AS",
                            "Kundeforholdet har dermed vart i fem år og seks månader.", "Fyll inn kven som tok "
                                    + "avgjerda."),
                    "replies", List.of("Som vi skreiv i brevet vårt av 28. november 2026, opphøyrer avtalen «Avtale om "
                            + "reinhald» ved utløpet av 31. desember 2026."),
                    "debrief", List.of("Evaluering: avslutninga av kundeforholdet med Vestland Bygg AS",
                            "Kva førte til avgjerda")),
            "en-scope.json", Map.of(
                    "memo", List.of("INTERNAL: Not to be sent to the client or attached to any letter or e-mail.",
                            "Decision memo: ending the relationship with Harbour Analytics Ltd",
                            "Total outstanding: GBP 5,050.50", "To be completed: who made the decision."),
                    "replies", List.of("As stated in our letter of 28 November 2026", "Our decision is final."),
                    "debrief", List.of("Debrief: ending the relationship with Harbour Analytics Ltd",
                            "Client screening", "Expectations at signing")));

    @Test
    void theCaseFilesWordDocumentsReadInLibreOfficeInEveryLanguage(@TempDir Path dir) throws Exception {
        LibreOffice.assumeInstalled();
        List<String> names = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String example : SHOWS.keySet()) {
            CaseFile caseFile = FARVEL.caseFile(SharedExamples.read(example));
            for (var document : List.of(caseFile.memo(), caseFile.repliesDocument(), caseFile.debrief())) {
                names.add(example + " " + document.name());
                files.add(Files.write(dir.resolve(caseFile.id() + "-" + document.name() + ".docx"), document.docx()));
            }
        }

        List<String> texts = LibreOffice.toTexts(files, dir);

        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < names.size(); i++) {
            String[] name = names.get(i).split(" ");
            String text = LetterCases.plain(texts.get(i));
            softly.assertThat(text).as(names.get(i)).contains(SHOWS.get(name[0]).get(name[1]));
            softly.assertThat(text).as(names.get(i)).doesNotContain("{", "${");
        }
        softly.assertAll();
    }
}

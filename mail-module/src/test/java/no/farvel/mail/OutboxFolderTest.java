package no.farvel.mail;

import static no.farvel.mail.FaultInjectionTest.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.farvel.core.digest.Sha256;
import no.farvel.mail.testing.FaultySmtpServer;
import no.farvel.mail.testing.Letters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the letters written for the run leave the folder, and nothing is reached through a link out of it. */
class OutboxFolderTest {
    @TempDir
    Path dir;

    private OutboxResult send(FaultySmtpServer server, List<LetterToSend> letters, boolean resendChanged)
            throws IOException {
        try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("out").resolve("delivery.jsonl"))) {
            return Outbox.of(dir.resolve("out"), letters).retry(FaultInjectionTest.QUICK).resendChanged(resendChanged)
                    .send(FaultInjectionTest.settings(server), journal);
        }
    }

    private static List<String> reasons(OutboxResult result) {
        return result.ignored().stream().map(OutboxResult.Failure::reason).toList();
    }

    @Test
    void sendsOnlyTheListedLettersWithTheirRecordedHashAndReportsEveryOtherLetterFile() throws Exception {
        Path out = dir.resolve("out");
        List<LetterToSend> letters = letters(out, 3);
        EmlWriter.write(Letters.small(9, "someone@elsewhere.example"), out.resolve("by-hand").resolve("letter.eml"));
        Files.writeString(out.resolve("kunde-2").resolve("letter.eml"), "Bcc: all@evil.example\r\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere").resolve("x"));
        EmlWriter.write(Letters.small(8, "linked@elsewhere.example"), elsewhere.resolve("letter.eml"));
        Files.createSymbolicLink(out.resolve("linked"), elsewhere);

        try (FaultySmtpServer server = FaultySmtpServer.start((stage, connection, message) -> null)) {
            OutboxResult result = send(server, letters, false);

            assertThat(result.sent()).extracting(OutgoingLetter::messageId).containsExactly(
                    "<termination.kunde-1@nordlys.example>", "<termination.kunde-3@nordlys.example>");
            assertThat(server.received()).hasSize(2);
            Path changed = out.resolve("kunde-2").resolve("letter.eml");
            assertThat(reasons(result)).containsExactly(
                    out.resolve("by-hand").resolve("letter.eml") + " is not listed as written; left alone",
                    out.resolve("linked") + " is a symbolic link; Farvel does not follow links out of the output"
                            + " folder, so its letter.eml is left alone",
                    changed + " changed since it was written: its SHA-256 is " + Sha256.hex(Files.readAllBytes(
                            changed)) + ", recorded as " + letters.get(1).sha256() + " when written; left alone");
            assertThat(result.allDelivered()).isFalse();
        }
    }

    @Test
    void refusesAListedRecordWhoseFolderIsALinkOutOfTheOutputFolder() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        EmlWriter.write(Letters.small(1, "kunde1@fjordkraft.example"), elsewhere.resolve("letter.eml"));
        Files.createSymbolicLink(out.resolve("kunde-1"), elsewhere);
        String sha = Sha256.hex(Files.readAllBytes(elsewhere.resolve("letter.eml")));

        try (FaultySmtpServer server = FaultySmtpServer.start((stage, connection, message) -> null)) {
            OutboxResult result = send(server, List.of(new LetterToSend("kunde-1", sha)), false);

            assertThat(reasons(result)).containsExactly(out.resolve("kunde-1") + " is a symbolic link; Farvel does not"
                    + " follow links out of the output folder, so the letter is left alone");
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void refusesALetterOverTheSizeLimitWithoutReadingIt() throws Exception {
        Path file = Files.createDirectories(dir.resolve("out").resolve("huge")).resolve("letter.eml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(Outbox.MAX_LETTER_BYTES + 1024L * 1024);
        }
        try (DeliveryJournal journal = DeliveryJournal.open(dir.resolve("delivery.jsonl"))) {
            OutboxResult result = Outbox.of(dir.resolve("out"), List.of(new LetterToSend("huge", "00"))).dryRun(journal);

            assertThat(reasons(result)).containsExactly(file + " is 33.0 MiB, over the 32.0 MiB limit for one letter"
                    + " (Outbox.MAX_LETTER_BYTES); left alone");
        }
    }

    @Test
    void refusesAJournalThatIsALinkAndLeavesItsTargetAlone() throws Exception {
        Path target = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("out")).resolve("delivery.jsonl"),
                target);

        assertThatThrownBy(() -> DeliveryJournal.open(link))
                .isInstanceOf(IOException.class)
                .hasMessage("The delivery journal " + link + " is a symbolic link; Farvel does not follow links out of"
                        + " the output folder. Remove the link, or send from a folder of your own");
        assertThat(target).hasContent("keep me");
    }

    @Test
    void reportsALetterChangedAfterItWasSentAndSendsTheNewVersionOnlyWhenAsked() throws Exception {
        Path out = dir.resolve("out");
        List<LetterToSend> letters = new ArrayList<>(letters(out, 2));
        try (FaultySmtpServer server = FaultySmtpServer.start((stage, connection, message) -> null)) {
            send(server, letters, false);
            Path file = out.resolve("kunde-1").resolve("letter.eml");
            EmlWriter.write(LetterEmail.builder().from("post@nordlys.example", null).to("kunde1@fjordkraft.example",
                    null).subject("Oppsigelse, rettet").text("Rettet brev.\n")
                    .messageId("<termination.kunde-1@nordlys.example>").date(Letters.DATE).build(), file);
            letters.set(0, new LetterToSend("kunde-1", Sha256.hex(Files.readAllBytes(file))));

            OutboxResult rerun = send(server, letters, false);
            assertThat(rerun.sent()).isEmpty();
            assertThat(rerun.alreadySent()).hasSize(1);
            assertThat(reasons(rerun)).singleElement().asString().startsWith(file + " changed after it was sent on ")
                    .endsWith("; not sent again. Send the new version with --resend-changed");
            assertThat(server.received()).hasSize(2);

            OutboxResult asked = send(server, letters, true);
            assertThat(asked.sent()).hasSize(1);
            assertThat(server.received()).hasSize(3);
            assertThat(server.received().get(2).text()).contains("Rettet brev.");
            assertThat(send(server, letters, false).alreadySent()).hasSize(2);
        }
    }
}

package no.farvel.docx.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import no.farvel.core.Termination;
import no.farvel.templates.Farvel;
import no.farvel.templates.RenderedLetter;
import no.farvel.templates.testing.LetterCorpus;
import no.farvel.templates.testing.LibreOffice;
import no.farvel.templates.testing.PageBreakCheck;

/** Letters written as DOCX, laid out by LibreOffice a dozen at a time and read back page by page. */
public final class LibreOfficePages {
    private static final int BATCH = 12;

    private LibreOfficePages() {
    }

    /**
     * One letter as LibreOffice paginates its DOCX.
     *
     * @param docx the DOCX file, named after the letter
     * @param pdf LibreOffice's PDF of it
     * @param pages the lines of each page, as pdftotext reads them
     * @param facts what the page-break check needs to know of the letter
     * @param farvelPdfPages how many pages Farvel's own PDF of the letter has
     */
    public record Letter(Path docx, Path pdf, List<List<PageBreakCheck.Line>> pages, PageBreakCheck.Letter facts,
                         int farvelPdfPages) {
        /** The page-break rules this layout breaks, each named with the file. */
        public List<String> violations() {
            List<String> found = new ArrayList<>();
            for (String violation : PageBreakCheck.violations(pages, facts)) {
                found.add(docx.getFileName() + ": " + violation);
            }
            return found;
        }
    }

    /** The letters, each rendered by {@code farvelFor.apply(index)}, as LibreOffice lays them out in {@code dir}. */
    public static List<Letter> of(List<Termination> letters, IntFunction<Farvel> farvelFor, Path dir)
            throws IOException, InterruptedException {
        List<Letter> laidOut = new ArrayList<>();
        for (int start = 0; start < letters.size(); start += BATCH) {
            List<Path> docx = new ArrayList<>();
            List<PageBreakCheck.Letter> facts = new ArrayList<>();
            List<Integer> pdfPages = new ArrayList<>();
            for (int i = start; i < Math.min(start + BATCH, letters.size()); i++) {
                Termination termination = letters.get(i);
                RenderedLetter letter = farvelFor.apply(i).render(termination);
                docx.add(Files.write(dir.resolve(termination.id() + ".docx"), letter.docx()));
                facts.add(PageBreakCheck.facts(letter.document(), LetterCorpus.INVOICE_PREFIX,
                        termination.finalInvoices().size(), 25));
                pdfPages.add(PageBreakCheck.pages(letter.pdf()).size());
            }
            List<Path> pdfs = LibreOffice.toPdfs(docx, dir);
            for (int i = 0; i < pdfs.size(); i++) {
                laidOut.add(new Letter(docx.get(i), pdfs.get(i),
                        PageBreakCheck.pages(Files.readAllBytes(pdfs.get(i))), facts.get(i), pdfPages.get(i)));
            }
        }
        return laidOut;
    }
}

"""Documents (PDF with reportlab, DOCX, XLSX): data in, bytes out. No Qt here."""

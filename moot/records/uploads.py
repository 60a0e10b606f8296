"""A document a clerk uploads in the admin: bounded, hashed, its text taken for search.

Imported and uploaded documents are described by the same pure function,
``moot.importers.text.describe``. An upload comes from a person: one too large
is refused in the form; one whose text cannot be read is kept, and the admin
tells the clerk why it has no text (``reading_warnings``), never a traceback.
"""

from typing import Any

from django import forms
from django.db import models

from moot.importers.text import describe

from .models import Document

MAX_UPLOAD = 50 * 1024 * 1024  # as large as an imported document may be


def _field(field: "models.Field[Any, Any]", **kwargs: Any) -> forms.Field | None:
    """Form fields as the admin makes them: a typed "council.gov.uk" means https."""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class DocumentForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Document
        fields = "__all__"
        formfield_callback = _field

    def clean_file(self) -> Any:
        upload = self.cleaned_data.get("file")
        if upload and getattr(upload, "size", 0) > MAX_UPLOAD:
            raise forms.ValidationError(
                f"{upload.name} is {upload.size / 1024 / 1024:.0f} MB; "
                f"documents may be at most {MAX_UPLOAD // 1024 // 1024} MB."
            )
        return upload

    reading_warnings: list[str] = []

    def save(self, commit: bool = True) -> Document:
        document = super().save(commit=False)
        if "file" in self.changed_data and document.file:
            self.reading_warnings = read(document)
        if commit:
            document.save()
            self.save_m2m()
        return document  # type: ignore[no-any-return]


def read(document: Document) -> list[str]:
    """Size, hash, kind and text of the document's uploaded file; the warnings."""
    upload = document.file
    upload.seek(0)
    found = describe(upload.read(), upload.name)
    upload.seek(0)
    document.kind, document.size, document.sha256 = found.kind, found.size, found.sha256
    if not document.text:
        document.text = found.text
    return found.warnings

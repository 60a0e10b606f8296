"""A document a clerk uploads in the admin: bounded, hashed, its text taken for search.

Imported documents get the same from ``moot.importers.documents``; an upload
comes from a person, so it is checked here, with a message in the form (not a
traceback) when it is too large or its text cannot be read.
"""

import hashlib

from django import forms
from django.db import models

from moot.importers.text import document_kind, extract_text

from .models import Document

MAX_UPLOAD = 50 * 1024 * 1024  # as large as an imported document may be


def _field(field: models.Field, **kwargs) -> forms.Field | None:
    """Form fields as the admin makes them: a typed "council.gov.uk" means https."""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = "__all__"
        formfield_callback = _field

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and getattr(upload, "size", 0) > MAX_UPLOAD:
            raise forms.ValidationError(
                f"{upload.name} is {upload.size / 1024 / 1024:.0f} MB; "
                f"documents may be at most {MAX_UPLOAD // 1024 // 1024} MB."
            )
        return upload

    def save(self, commit: bool = True) -> Document:
        document = super().save(commit=False)
        if "file" in self.changed_data and document.file:
            read(document)
        if commit:
            document.save()
            self.save_m2m()
        return document


def read(document: Document) -> list[str]:
    """Size, hash, kind and text of the document's uploaded file; the warnings."""
    upload = document.file
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    document.size = len(data)
    document.sha256 = hashlib.sha256(data).hexdigest()
    document.kind = document_kind(upload.name, "", data)
    text, warnings = extract_text(data, document.kind, upload.name)
    if not document.text:
        document.text = text
    return warnings

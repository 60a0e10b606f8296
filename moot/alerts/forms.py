"""The "Get email alerts" form: an address, what to follow, how often."""

from django import forms

from .models import Subscription


class SubscribeForm(forms.Form):
    email = forms.EmailField(label="Email address", max_length=254)
    # Not "kind": a search's own filters (sent along) include a ``kind``.
    follow = forms.ChoiceField(
        choices=Subscription.Kind.choices, widget=forms.HiddenInput
    )
    target = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    frequency = forms.ChoiceField(
        label="How often",
        choices=Subscription.Frequency.choices,
        initial=Subscription.Frequency.IMMEDIATE,
    )

    def clean_email(self) -> str:
        # One address, however it is capitalised: links and limits key on it.
        return str(self.cleaned_data["email"]).strip().lower()


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(choices=Subscription.Frequency.choices)

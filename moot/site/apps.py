from django.apps import AppConfig


class SiteConfig(AppConfig):
    """The public site: server-rendered pages over the public querysets."""

    name = "moot.site"
    label = "moot_site"
    verbose_name = "Public site"

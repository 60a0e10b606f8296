from django.urls import path

from . import feeds, views

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search.json", views.search_json, name="search-json"),
    path("search.atom", feeds.SearchFeed(), name="search-atom"),
]

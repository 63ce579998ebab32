from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView


def spa(request: HttpRequest) -> HttpResponse:
    """The operator web app: its built index.html, or the API docs until it is built."""
    index = settings.SPA_DIST_DIR / "index.html"
    if not index.is_file():
        return HttpResponseRedirect("/api/docs/")
    return HttpResponse(index.read_bytes(), content_type="text/html; charset=utf-8")


def health(request: HttpRequest) -> HttpResponse:
    from django.db import connection

    connection.ensure_connection()
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    path("api/", include("campaigns.api.urls")),
    path("api-auth/", include("rest_framework.urls")),
    path("healthz", health),
    re_path(r"^(?!api/|admin/|static/|api-auth/).*$", spa, name="spa"),
]

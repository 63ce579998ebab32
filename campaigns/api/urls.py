from django.urls import include, path
from rest_framework.routers import DefaultRouter

from campaigns.api import auth
from campaigns.api.views import CampaignViewSet, ContactViewSet, TagViewSet

router = DefaultRouter()
router.register("campaigns", CampaignViewSet, basename="campaign")
router.register("contacts", ContactViewSet, basename="contact")
router.register("tags", TagViewSet, basename="tag")

urlpatterns = [
    path("auth/csrf/", auth.csrf, name="auth-csrf"),
    path("auth/login/", auth.login_view, name="auth-login"),
    path("auth/logout/", auth.logout_view, name="auth-logout"),
    path("auth/me/", auth.me, name="auth-me"),
    path("", include(router.urls)),
]

from rest_framework.pagination import CursorPagination, PageNumberPagination


class IdCursorPagination(CursorPagination):
    """Keyset pagination by id: the same cost on page 1 and page 20,000, and no COUNT(*)."""

    ordering = "id"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


class CampaignPagination(PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100

"""Message templates: Django's template language in a locked-down engine.

Only tags and filters that format text are available: no {% load %}, {% include %}, {% debug %},
{% url %} or {% csrf_token %}, and the context is a plain dict of the contact's own fields, so a
template can read nothing else. Autoescape is off because the output is text, not HTML.
"""

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from django.template import Context, Library, Template, TemplateSyntaxError, defaultfilters, defaulttags
from django.template.engine import Engine

# Left out on purpose, besides anything that loads, includes or reveals: lorem, center, ljust,
# rjust, wordwrap, stringformat and floatformat, whose numeric argument can make one message
# gigabytes long or raise at render time.
ALLOWED_TAGS = (
    "autoescape", "comment", "cycle", "filter", "firstof", "for", "if", "ifchanged",
    "now", "regroup", "spaceless", "templatetag", "verbatim", "widthratio", "with",
)  # fmt: skip
ALLOWED_FILTERS = (
    "add", "capfirst", "cut", "date", "default", "default_if_none", "divisibleby",
    "escape", "first", "get_digit", "join", "last", "length", "linebreaksbr",
    "lower", "make_list", "phone2numeric", "pluralize", "random", "slice",
    "slugify", "time", "timesince", "timeuntil", "title", "truncatechars",
    "truncatewords", "upper", "urlencode", "urlize", "wordcount", "yesno",
)  # fmt: skip

_library = Library()
for _tag in ALLOWED_TAGS:
    _library.tags[_tag] = defaulttags.register.tags[_tag]
for _filter in ALLOWED_FILTERS:
    _library.filters[_filter] = defaultfilters.register.filters[_filter]


class _LockedEngine(Engine):
    # Engine always adds these builtins; an empty list leaves only our library.
    default_builtins: ClassVar[list[str]] = []


_engine = _LockedEngine(libraries={}, autoescape=False, debug=True, string_if_invalid="")
_engine.template_builtins = [_library]

MAX_TEMPLATE_LENGTH = 20_000


class TemplateError(ValueError):
    """A template that does not compile or uses something not allowed; the message says where."""


def _explain(error: TemplateSyntaxError) -> str:
    text = str(error)
    line = None
    debug = getattr(error, "template_debug", None)
    if debug:
        line = debug.get("line")
    where = f" (line {line})" if line else ""
    if text.startswith("Invalid block tag"):
        tag = text.split("'")[1] if "'" in text else "?"
        if tag.startswith("end") or tag in {"else", "elif", "empty"}:
            return f"Unexpected '{{% {tag} %}}'{where}: there is no open tag it closes."
        return f"The tag '{{% {tag} %}}' is not allowed{where}. Allowed tags: {', '.join(ALLOWED_TAGS)}."
    if text.startswith("Invalid filter"):
        name = text.split("'")[1] if "'" in text else "?"
        return f"The filter '{name}' is not allowed{where}. Allowed filters: {', '.join(ALLOWED_FILTERS)}."
    return f"{text}{where}"


def template_compile(source: str) -> Template:
    """Compile a message template or raise TemplateError with a message that says what and where."""
    if not source or not source.strip():
        raise TemplateError("The template is empty: write the message text, e.g. 'Hi {{ name }}!'.")
    if len(source) > MAX_TEMPLATE_LENGTH:
        raise TemplateError(f"The template is too long: at most {MAX_TEMPLATE_LENGTH} characters.")
    try:
        return Template(source, engine=_engine)
    except TemplateSyntaxError as error:
        raise TemplateError(_explain(error)) from None


def contact_context(
    *, name: str, email: str, phone: str, tags: Iterable[str], attributes: Mapping[str, Any]
) -> dict[str, Any]:
    """The variables a template sees: the contact's attributes, then its own fields on top."""
    context: dict[str, Any] = {str(k): v for k, v in (attributes or {}).items() if isinstance(k, str)}
    context.update(
        name=name,
        first_name=name.split()[0] if name.split() else name,
        email=email,
        phone=phone,
        tags=sorted(tags),
        attributes=dict(attributes or {}),
    )
    return context


def template_render(template: Template, context: Mapping[str, Any]) -> str:
    """Render for one contact; a failure (a filter given a value it cannot take) is a TemplateError."""
    try:
        return template.render(Context(dict(context), autoescape=False))
    except Exception as error:  # any filter may raise on odd data; the message must say so, not crash
        raise TemplateError(f"The template could not be rendered for this contact: {error}") from error

"""Partner reports: how often each banner was seen and clicked, day by day.

The admin's page for ``BannerStat`` (« Rapports » under « Partenariats ») is
the report itself: a GET form picks the period and, optionally, a partner or a banner; the
page shows the totals per partner and per banner, a chart and every day of the period; the
same selection downloads as a CSV file for spreadsheets. Nobody adds, edits or deletes a
count here: they are written only by ``partners.services``.

Whatever the amount of data, a report costs the same few queries: the partners and the
banners (for the select lists and the names), then one aggregate per table.
"""

import csv
import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import urlencode

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from core.french import date_fr, long_day, number_fr
from partners.models import Banner, BannerStat, Partner

DEFAULT_DAYS = 30
MAX_DAYS = 366
CSV_HEADER = ["date", "partenaire", "bannière", "impressions", "clics", "taux de clic"]

# What a spreadsheet may read as the start of a formula (OWASP's list, plus the full-width
# forms some spreadsheets also honour and a line feed): such a cell gets a leading quote.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FRENCH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def report_url(partner=None, banner=None):
    """The report's address, filtered on a partner and/or a banner (objects or ids), over
    the default period: for links from the partner and banner pages of the admin."""
    params = {}
    if partner is not None:
        params["partner"] = getattr(partner, "pk", partner)
    if banner is not None:
        params["banner"] = getattr(banner, "pk", banner)
    url = reverse("admin:partners_bannerstat_changelist")
    return f"{url}?{urlencode(params)}" if params else url


# Counting and formatting -------------------------------------------------------------------


@dataclass
class Counts:
    impressions: int = 0
    clicks: int = 0

    def add(self, other):
        self.impressions += other.impressions
        self.clicks += other.clicks

    @property
    def rate(self):
        """Clicks per 100 impressions, rounded half up to 2 decimals; None without impressions."""
        if not self.impressions:
            return None
        rate = Decimal(self.clicks) * 100 / Decimal(self.impressions)
        return rate.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    def rate_text(self, space="\xa0", empty="—"):
        """« 2,35 % » (French decimal comma, a space before the sign), ``empty`` without
        impressions."""
        rate = self.rate
        return empty if rate is None else f"{rate}".replace(".", ",") + f"{space}%"

    @property
    def impressions_text(self):
        return number_fr(self.impressions)

    @property
    def clicks_text(self):
        return number_fr(self.clicks)


def spreadsheet_safe(value):
    """A cell a spreadsheet shows as text, never runs as a formula."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


# The selection: period, partner, banner ----------------------------------------------------


def _shift(day, days):
    """``day`` moved by ``days``, held within the calendar (date.min … date.max)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def _parse_date(value):
    """A date from « 2024-01-31 » (what date inputs send) or « 31/01/2024 »; None if not one."""
    value = value.strip()
    try:
        if _ISO_DATE.fullmatch(value):
            return date.fromisoformat(value)
        if match := _FRENCH_DATE.fullmatch(value):
            day, month, year = map(int, match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    return None


def _shown(value, limit=40):
    """A visitor's value, fit to be quoted back in a message: printable, and short."""
    value = "".join(char if char.isprintable() else "\ufffd" for char in value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


@dataclass
class Selection:
    """What the report is about, read from the query string: always usable, never an error
    page. Whatever could not be used is explained in ``errors`` (in French) and replaced by
    the default (the last 30 days, all partners, all banners)."""

    start: date
    end: date
    partners: list  # every partner, by name (the select list)
    banners: list  # every banner with its partner, by partner then name
    partner: Partner | None = None
    banner: Banner | None = None
    errors: list = field(default_factory=list)

    @property
    def days(self):
        return (self.end - self.start).days + 1

    def stats(self):
        """The BannerStat rows of the period and selection (boundaries included)."""
        stats = BannerStat.objects.filter(day__range=(self.start, self.end))
        if self.banner:
            return stats.filter(banner=self.banner)
        if self.partner:
            return stats.filter(banner__partner=self.partner)
        return stats

    def selected_banners(self):
        if self.banner:
            return [self.banner]
        if self.partner:
            return [b for b in self.banners if b.partner_id == self.partner.pk]
        return self.banners

    def params(self, **overrides):
        params = {"du": self.start.isoformat(), "au": self.end.isoformat()}
        if self.partner:
            params["partner"] = self.partner.pk
        if self.banner:
            params["banner"] = self.banner.pk
        params |= overrides
        return urlencode({k: v for k, v in params.items() if v is not None})


def read_selection(params, today=None):
    """The report's selection from ``params`` (a QueryDict; with a repeated parameter, its
    last value counts, like everywhere in Django). Two queries: partners and banners."""
    today = today or timezone.localdate()  # in settings.TIME_ZONE (Europe/Paris)
    default_start = _shift(today, -(DEFAULT_DAYS - 1))
    errors = []
    fallback = f"le rapport porte sur les {DEFAULT_DAYS} derniers jours."

    raw_start = (params.get("du") or "").strip()
    raw_end = (params.get("au") or "").strip()
    start = _parse_date(raw_start) if raw_start else None
    end = _parse_date(raw_end) if raw_end else None
    invalid = [
        (label, raw)
        for label, raw, parsed in (("début", raw_start, start), ("fin", raw_end, end))
        if raw and parsed is None
    ]
    if invalid:
        for label, raw in invalid:
            errors.append(
                f"Date de {label} invalide (« {_shown(raw)} ») : attendu une date comme "
                f"« {today:%d/%m/%Y} » ; {fallback}"
            )
        start, end = default_start, today
    else:
        end = end or today
        start = start or _shift(end, -(DEFAULT_DAYS - 1))
        if end < start:
            errors.append(f"La date de fin précède la date de début : {fallback}")
            start, end = default_start, today
        elif (end - start).days + 1 > MAX_DAYS:
            start = _shift(end, -(MAX_DAYS - 1))
            errors.append(
                f"Une période ne dépasse pas {MAX_DAYS} jours : le rapport commence donc le "
                f"{date_fr(start)}."
            )

    partners = list(Partner.objects.order_by("name"))
    banners = list(Banner.objects.select_related("partner").order_by("partner__name", "name"))

    # Ids are looked up among the loaded rows, as text: "abc" or a 30-digit number is simply
    # not found (no int() to overflow, no query to fail).
    partner = banner = None
    raw_partner = (params.get("partner") or "").strip()
    if raw_partner:
        partner = {str(p.pk): p for p in partners}.get(raw_partner)
        if partner is None:
            errors.append("Partenaire introuvable : le rapport porte sur tous les partenaires.")
    raw_banner = (params.get("banner") or "").strip()
    if raw_banner:
        banner = {str(b.pk): b for b in banners}.get(raw_banner)
        if banner is None:
            errors.append("Bannière introuvable : le rapport porte sur toutes les bannières.")
        elif partner and banner.partner_id != partner.pk:
            errors.append(
                f"La bannière « {banner.name} » n’appartient pas au partenaire "
                f"« {partner.name} » : le rapport porte sur toutes ses bannières."
            )
            banner = None
    if banner and not partner:
        partner = banner.partner
    return Selection(start, end, partners, banners, partner, banner, errors)


# The report --------------------------------------------------------------------------------


def _sums(queryset, *keys):
    """``{key values: Counts}`` summed by the database over ``keys``."""
    rows = (
        queryset.order_by()
        .values(*keys)
        .annotate(impressions_sum=Sum("impressions"), clicks_sum=Sum("clicks"))
    )
    return {
        tuple(row[key] for key in keys): Counts(row["impressions_sum"], row["clicks_sum"])
        for row in rows
    }


def _local_date(moment):
    return timezone.localtime(moment).date()


def build_report(selection):
    """Totals per partner and per banner, and every day of the period. Three queries."""
    stats = selection.stats()
    by_partner = _sums(stats, "banner__partner")
    by_banner = _sums(stats, "banner")
    by_day = _sums(stats, "day")

    # A banner is listed when it has counts in the period or was scheduled during it (so
    # that a banner nobody saw shows up, with its zeros).
    banners = [
        banner
        for banner in selection.selected_banners()
        if (banner.pk,) in by_banner
        or (
            _local_date(banner.starts_at) <= selection.end
            and _local_date(banner.ends_at) >= selection.start
        )
    ]
    banner_rows = [
        {
            "banner": banner,
            "counts": by_banner.get((banner.pk,), Counts()),
            "url": "?" + selection.params(partner=banner.partner_id, banner=banner.pk),
        }
        for banner in banners
    ]
    partners = {banner.partner_id: banner.partner for banner in banners}
    partner_rows = [
        {
            "partner": partner,
            "counts": by_partner.get((partner.pk,), Counts()),
            "url": "?" + selection.params(partner=partner.pk, banner=None),
        }
        for partner in sorted(partners.values(), key=lambda p: p.name.casefold())
    ]

    days = []
    total = Counts()
    for offset in range(selection.days):
        day = selection.start + timedelta(days=offset)
        counts = by_day.get((day,), Counts())
        total.add(counts)
        days.append({"day": day, "label": long_day(day), "counts": counts})

    return {
        "partner_rows": partner_rows,
        "banner_rows": banner_rows,
        "days": days,
        "total": total,
        "chart": build_chart(selection, days, total),
    }


# The chart: two bar charts (impressions, clicks) over the same days, drawn in SVG ----------

CHART_WIDTH = 960
CHART_LEFT = 72  # room for the value labels
CHART_RIGHT = 12
PANEL_HEIGHT = 110


def _nice_ceiling(value):
    """The smallest round number (1, 2, 3, 4, 5, 6 or 8 × 10ⁿ) at least ``value``: the top
    of an axis, close enough to the tallest bar."""
    if value <= 1:
        return 1
    power = 10 ** (len(str(int(value))) - 1)
    return next(step * power for step in (1, 2, 3, 4, 5, 6, 8, 10) if value <= step * power)


def _panel(days, attr, title, unit, top, width, step):
    values = [getattr(row["counts"], attr) for row in days]
    ceiling = _nice_ceiling(max(values, default=0))
    bottom = top + PANEL_HEIGHT
    bars = []
    for index, (row, value) in enumerate(zip(days, values, strict=True)):
        if not value:
            continue
        height = max(value / ceiling * PANEL_HEIGHT, 1)
        bars.append(
            {
                "x": round(CHART_LEFT + index * step + step * 0.1, 2),
                "y": round(bottom - height, 2),
                "width": width,
                "height": round(height, 2),
                "title": f"{row['label']} : {number_fr(value)} {unit}",
            }
        )
    # Gridlines at 0, half-way (when it is a whole number) and the top.
    ticks = [
        {"y": round(bottom - value / ceiling * PANEL_HEIGHT, 2), "label": number_fr(value)}
        for value in sorted({0, ceiling // 2 if ceiling % 2 == 0 else 0, ceiling})
    ]
    return {"title": title, "title_y": top - 12, "css": attr, "bars": bars, "ticks": ticks}


def build_chart(selection, days, total):
    plot_width = CHART_WIDTH - CHART_LEFT - CHART_RIGHT
    step = plot_width / len(days)
    width = round(max(step * 0.8, 0.5), 2)
    impressions = _panel(
        days, "impressions", "Impressions par jour", "impressions", 34, width, step
    )
    clicks = _panel(days, "clicks", "Clics par jour", "clics", 34 + PANEL_HEIGHT + 44, width, step)
    axis_y = 34 + 2 * PANEL_HEIGHT + 44

    # A date under every few bars, on the same weekday when there are weeks to show.
    stride = max(1, math.ceil(len(days) / 8))
    if stride > 1 and len(days) > 14:
        stride = math.ceil(stride / 7) * 7
    with_year = selection.start.year != selection.end.year
    labels = [
        {
            "x": round(CHART_LEFT + index * step + step / 2, 2),
            "text": f"{row['day']:%d/%m/%y}" if with_year else f"{row['day']:%d/%m}",
        }
        for index, row in enumerate(days)
        if index % stride == 0
    ]

    description = (
        f"Impressions et clics par jour du {date_fr(selection.start)} au "
        f"{date_fr(selection.end)} : {number_fr(total.impressions)} impressions et "
        f"{number_fr(total.clicks)} clics au total"
    )
    if total.impressions:
        best = max(days, key=lambda row: row["counts"].impressions)
        description += (
            f", au plus {number_fr(best['counts'].impressions)} impressions "
            f"le {date_fr(best['day'])}"
        )
    description += ". Le détail, jour par jour, est dans le tableau ci-dessous."
    return {
        "width": CHART_WIDTH,
        "height": axis_y + 30,
        "left": CHART_LEFT,
        "tick_x": CHART_LEFT - 8,
        "right": CHART_WIDTH - CHART_RIGHT,
        "axis_y": axis_y,
        "label_y": axis_y + 18,
        "panels": [impressions, clicks],
        "labels": labels,
        "description": description,
    }


# The admin ---------------------------------------------------------------------------------


@admin.register(BannerStat)
class BannerStatReportAdmin(admin.ModelAdmin):
    """The changelist is the report; the counts are read-only everywhere in the admin."""

    actions = None
    report_template = "admin/partners/bannerstat/report.html"

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("partners.view_bannerstat")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        # No deleting counts from here (and no page to do it). But deleting a banner or a
        # partner in the admin deletes its counts with it, and Django asks this method about
        # each of them: they go with the banner for whoever may delete the banner.
        return obj is not None and request.user.has_perm("partners.delete_banner")

    def get_urls(self):
        # Only the report and its export: there is no page for a single count.
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "",
                self.admin_site.admin_view(self.changelist_view),
                name="{}_{}_changelist".format(*info),
            ),
            path(
                "export/",
                self.admin_site.admin_view(self.export_view),
                name="{}_{}_export".format(*info),
            ),
        ]

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        selection = read_selection(request.GET)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Rapports partenaires",
            "selection": selection,
            "partner_choices": [
                (partner.pk, partner.name, partner == selection.partner)
                for partner in selection.partners
            ],
            "banner_groups": self._banner_groups(selection),
            "export_url": reverse("admin:partners_bannerstat_export") + "?" + selection.params(),
            "reset_url": reverse("admin:partners_bannerstat_changelist"),
            **build_report(selection),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.report_template, context)

    @staticmethod
    def _banner_groups(selection):
        """The banner select list: one group of options per partner."""
        groups = {}
        for banner in selection.banners:
            groups.setdefault(banner.partner.name, []).append(
                (banner.pk, banner.name, banner == selection.banner)
            )
        return list(groups.items())

    def export_view(self, request):
        """The selection as CSV for French spreadsheets: one row per day and banner with
        counts, « ; » between cells, UTF-8 with a BOM (so that Excel reads the accents)."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        selection = read_selection(request.GET)
        banners = {banner.pk: banner for banner in selection.banners}
        counts = _sums(selection.stats(), "day", "banner")
        rows = sorted(
            (
                (day, banners[banner_id].partner.name, banners[banner_id].name, count)
                for (day, banner_id), count in counts.items()
                if banner_id in banners  # not one created since the list was read
            ),
            key=lambda row: (row[0], row[1].casefold(), row[2].casefold()),
        )

        filename = f"rapport-partenaires-{selection.start}-{selection.end}.csv"
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response.write("\ufeff")
        writer = csv.writer(response, delimiter=";")
        writer.writerow(CSV_HEADER)
        for day, partner_name, banner_name, count in rows:
            writer.writerow(
                map(
                    spreadsheet_safe,
                    [
                        day.isoformat(),
                        partner_name,
                        banner_name,
                        count.impressions,
                        count.clicks,
                        # A plain space: French spreadsheets read « 2,35 % » as a percentage.
                        count.rate_text(space=" ", empty=""),
                    ],
                )
            )
        return response

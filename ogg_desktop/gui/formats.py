"""Dates, times, numbers and file sizes as the GUI shows them: in the language the app runs in.

Everything goes through QLocale(), whose default ``i18n.install_translator`` sets (Dutch:
"23 november 2026", "23-11-2026", "1.234"; English: "23 November 2026", "23/11/2026", "1,234").
Moments with a zone (stored in UTC) are shown in local time; one without a zone is taken as the
local wall-clock time it already is. File names and stored values keep ISO dates;
only what a person reads comes from here.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _local(moment: datetime) -> datetime:
    """A moment in local time; one without a zone already is the local wall-clock time."""
    return moment if moment.tzinfo is None else moment.astimezone()


def long_date(day: date) -> str:
    """'23 november 2026' / '23 November 2026'."""
    return QLocale().toString(_qdate(day), "d MMMM yyyy")


def full_date(day: date) -> str:
    """'maandag 23 november 2026' / 'Monday, 23 November 2026': with the weekday, for calm reading."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def medium_date(day: date) -> str:
    """'23 nov 2026' / '23 Nov 2026': for lists and tables."""
    return QLocale().toString(_qdate(day), "d MMM yyyy")


def short_date(day: date) -> str:
    """'23-11-2026' / '23/11/2026': the locale's numeric date."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.ShortFormat)


def time_of_day(moment: datetime, seconds: bool = False) -> str:
    """'14:05' (or '14:05:09') in local time."""
    local = _local(moment)
    return QLocale().toString(QTime(local.hour, local.minute, local.second), "HH:mm:ss" if seconds else "HH:mm")


def date_time(moment: datetime, seconds: bool = False) -> str:
    """'23 november 2026 14:05' in local time."""
    return f"{long_date(_local(moment).date())} {time_of_day(moment, seconds)}"


def short_date_time(moment: datetime, seconds: bool = False) -> str:
    """'23-11-2026 14:05' in local time: for lists and tables."""
    return f"{short_date(_local(moment).date())} {time_of_day(moment, seconds)}"


def utc_text_to_local(utc_text: str, seconds: bool = False, short: bool = False) -> str:
    """A stored '2026-11-23T13:05:09Z' in local time (date_time, or short_date_time when ``short``);
    the text itself when it is no date."""
    try:
        moment = datetime.fromisoformat(utc_text.replace("Z", "+00:00"))
    except ValueError:
        return utc_text
    return short_date_time(moment, seconds) if short else date_time(moment, seconds)


def number(value: int | float) -> str:
    """'1.234' / '1,234'."""
    return QLocale().toString(value)


def file_size(size: int) -> str:
    """'1,2 MB' / '1.2 MB'."""
    return QLocale().formattedDataSize(size)

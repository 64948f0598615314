from datetime import date

from eventcoder.recognize.times import find_times

WED = date(2026, 2, 4)  # a Wednesday


def test_absolute_dates_in_common_forms():
    got = [t.date for t in find_times("On 9 May 2020, then May 10, 2020 and 2020-05-11.", WED)]
    assert got == [date(2020, 5, 9), date(2020, 5, 10), date(2020, 5, 11)]


def test_day_and_month_without_year_take_the_publication_year():
    (t,) = find_times("attacks on January 30 shocked the city", WED)
    assert t.date == date(2026, 1, 30)


def test_weekdays_and_weekend_point_back_from_publication():
    times = find_times("Saturday's attacks and raids over the weekend; on Wednesday", WED)
    assert [t.date for t in times] == [date(2026, 1, 31), date(2026, 1, 31), date(2026, 2, 4)]


def test_relative_days():
    times = find_times("yesterday, last night, today, three days ago", WED)
    assert [t.date for t in times] == [date(2026, 2, 3), date(2026, 2, 3), WED, date(2026, 2, 1)]


def test_a_date_that_cannot_exist_is_kept_and_marked():
    (t,) = find_times("The February 31 attacks", WED)
    assert t.impossible and t.date is None and t.span.text == "February 31"


def test_periods_and_the_past():
    times = find_times("over three days. Last year, in 2019, it happened.", WED)
    assert [t.kind for t in times] == ["period", "past", "past"]
    assert times[0].date == date(2026, 2, 2) and times[0].end_date == WED
    assert times[1].year == 2025 and times[2].year == 2019

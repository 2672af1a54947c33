# The values of the format, as a person reads them. English catalogue.

status-planned = planned
status-active = active
status-blocked = blocked
status-done = done
status-dropped = dropped

kind-project = project
kind-ongoing = ongoing work

group-exchange = exchange students
group-eu = programme students from the EU
group-non-eu = programme students from outside the EU
group-exchange-short = Exchange
group-eu-short = EU
group-non-eu-short = Non-EU

# $n is the number written in `every`; "2 weeks" gives 2.
cadence-day = { $n ->
    [one] every day
   *[other] every { $n } days
}
cadence-week = { $n ->
    [one] every week
   *[other] every { $n } weeks
}
cadence-month = { $n ->
    [one] every month
   *[other] every { $n } months
}
cadence-term = { $n ->
    [one] every term
   *[other] every { $n } terms
}
cadence-year = { $n ->
    [one] every year
   *[other] every { $n } years
}

health-on-track = on track
health-at-risk = at risk
health-off-track = off track

# The unit `central`: the board and the union's own committees.
unit-central = central

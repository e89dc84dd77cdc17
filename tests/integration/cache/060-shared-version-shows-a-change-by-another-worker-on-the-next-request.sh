# With [cache] shared_version = yes a worker does not ask the database
# for the data version while the shared change counter stands still. A
# change made through another worker (an organiser makes a practice
# public, then internal again) still shows on the very next request of a
# kept page (the practice library, /praktijk), in every worker.
# An hour between readings: only the counter can make the change show.
cache_shared_version yes 3600000
sign_in_as org organiser
w=$(unique list | tr -d '-' | tr 0-9 a-j)
p=$(practice_sql GM0228 "Gedeeld versienummer $w" "s" "a" "r" gww 2024 0 hergebruik) || fail "cannot add"
on_exit "drop_practice $p"
cache_list_rounds LACKS "Gedeeld versienummer $w"

send_form org "/beheer/praktijk/$p/openbaar" openbaar=ja
assert_status 303
cache_list_rounds HAS "Gedeeld versienummer $w"

send_form org "/beheer/praktijk/$p/openbaar" openbaar=nee
assert_status 303
cache_list_rounds LACKS "Gedeeld versienummer $w"

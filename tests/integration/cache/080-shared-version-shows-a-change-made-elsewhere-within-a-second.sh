# With [cache] shared_version = yes, a change that passes neither through
# cimoltd nor through cimolt-admin (SQL by hand) raises no counter: a
# worker still reads the data version again a second after its last
# reading, so the change shows then, in every worker. (With the default,
# shared_version = no, it shows on the next request: test 010.)
cache_shared_version yes
w=$(unique sql | tr -d '-' | tr 0-9 a-j)
p=$(practice_sql GM0228 "Met de hand $w" "s" "a" "r" gww 2024 0 hergebruik) || fail "cannot add"
on_exit "drop_practice $p"
cache_list_rounds LACKS "Met de hand $w"
sql "UPDATE practices SET is_public = 1 WHERE id = $p" || fail "update failed"
sleep 1.2
cache_list_rounds HAS "Met de hand $w"

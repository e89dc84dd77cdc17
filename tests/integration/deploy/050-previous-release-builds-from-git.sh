# The previous release (RELEASE_PREV, lib/deploy.sh) builds from this
# clone's history, for the upgrade test: its cimolt-admin runs and knows
# the commands its dev/up used. Built once, then kept under var/.
t0=$(date +%s)
release_build
echo "# $RELEASE_PREV ($RELEASE_PREV_COMMIT) built or found in $(($(date +%s) - t0)) s"
usage=$("$RELEASE_DIR/fcgi/cimolt-admin" 2>&1)
for c in migrate "user add" "questionnaire import" "monitor generate" "advice import" "benchmark recompute"; do
	grep -qF -- "$c" <<<"$usage" || fail "the $RELEASE_PREV cimolt-admin lacks $c: $usage"
done

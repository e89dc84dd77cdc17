# An account whose Argon2id hash was made with other (here: weaker) cost
# parameters still signs in, and the sign-in replaces the hash with one of
# the current parameters, for the same password.
email=$(unique rehash)@ede.example
password=Herhash-wachtwoord-2027
new_user "$email" "Rob Rehash" GM0228 member "$password"
current=$(sql "SELECT password_hash FROM users WHERE email = '$email'")
params() { sed -E 's/^(\$argon2id\$v=[0-9]+\$m=[0-9]+,t=[0-9]+,p=[0-9]+)\$.*/\1/' <<<"$1"; }
[[ $current == \$argon2id\$* ]] || fail "the stored hash is not Argon2id: ${current:0:30}"

# Hash the password with libsodium itself at its minimum cost.
weak=$(python3 - "$password" <<'PY'
import ctypes, sys
na = ctypes.CDLL("libsodium.so.23")
assert na.sodium_init() >= 0
out = ctypes.create_string_buffer(128)
pw = sys.argv[1].encode()
# crypto_pwhash_OPSLIMIT_MIN (1) and crypto_pwhash_MEMLIMIT_MIN (8192 bytes)
# are too small for argon2id; 1 pass over 8 MiB is its cheapest sensible.
na.crypto_pwhash_str_alg.restype = ctypes.c_int
rc = na.crypto_pwhash_str_alg(out, pw, ctypes.c_ulonglong(len(pw)), ctypes.c_ulonglong(1),
                              ctypes.c_size_t(8 << 20), ctypes.c_int(2))  # ALG_ARGON2ID13
assert rc == 0
print(out.value.decode())
PY
) || fail "cannot make a weaker hash with libsodium"
[ "$(params "$weak")" != "$(params "$current")" ] || fail "the weak hash has the current parameters"
sql "UPDATE users SET password_hash = '$weak' WHERE email = '$email'"

sign_in a "$email" "$password"
assert_status 303
upgraded=$(sql "SELECT password_hash FROM users WHERE email = '$email'")
assert_eq "$(params "$upgraded")" "$(params "$current")" "parameters of the hash after signing in"
[ "$upgraded" != "$weak" ] || fail "the weak hash was kept"
sign_in b "$email" "$password"
assert_status 303

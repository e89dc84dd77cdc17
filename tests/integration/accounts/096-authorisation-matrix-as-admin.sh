# Every row of the authorisation matrix (lib/authorisation.sh) answers
# the demo admin as its column says.
authorisation_check admin

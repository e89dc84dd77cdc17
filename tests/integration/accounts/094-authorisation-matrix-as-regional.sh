# Every row of the authorisation matrix (lib/authorisation.sh) answers
# the demo regional as its column says.
authorisation_check regional

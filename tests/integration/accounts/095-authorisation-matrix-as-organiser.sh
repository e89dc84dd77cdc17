# Every row of the authorisation matrix (lib/authorisation.sh) answers
# the demo organiser as its column says.
authorisation_check organiser

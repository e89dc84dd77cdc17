# Every row of the authorisation matrix (lib/authorisation.sh) answers
# the demo member as its column says.
authorisation_check member

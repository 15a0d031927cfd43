// the application ran as a named module, and treem's validator worked there (no HV000183)
def log = new File(basedir, 'build.log').text
assert !log.contains('HV000183')
assert log.contains('treem in the named module org.example.commune: issues CHILD_DATES_ORDER')
assert log.contains('; html ok')

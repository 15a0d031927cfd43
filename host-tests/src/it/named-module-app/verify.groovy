// the application ran as a named module, and treem's validator worked there (no HV000183)
def log = new File(basedir, 'build.log').text
assert !log.contains('HV000183')
assert log.contains('treem in the named module org.example.commune: issues CHILD_DATES_ORDER')
assert log.contains('; html ok')
// and every other library module of treem (xlsx, jackson2, plan-report) in the same named module
assert log.contains('every treem module in org.example.commune: workbook rows 41; jackson2 ok; plan report docx ok, html ok')

// every test ran on Boot 3.5's stack (with the JUnit override) and passed
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 9, Failures: 0, Errors: 0, Skipped: 0')

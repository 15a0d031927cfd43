// every test ran on Boot 4.0's stack and passed
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 8, Failures: 0, Errors: 0, Skipped: 0')

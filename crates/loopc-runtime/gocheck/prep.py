# Usage: prep.py SRC DST. Copies loopc's std sources (SRC = crates/loopc-runtime/go) into
# DST, the directory of module path x/std,, rewrites their imports, and
# gives body-less (runtime-implemented) functions bodies that call the real std via x/rt.
import os, re, shutil, sys
SRC, DST = sys.argv[1], sys.argv[2]
PKGS = ['cmp','errors','fmt','io','iter','maps','os','slices','sort','strconv','strings','unicode/utf8']
BODIES = {
    'Write': '{ return rt.Write(f.fd, b) }',
    'Exit': '{ rt.Exit(code) }',
    'Sprint': '{ return rt.Sprint(a...) }',
    'Sprintln': '{ return rt.Sprintln(a...) }',
    'Sprintf': '{ return rt.Sprintf(format, a...) }',
    'Errorf': '{ return rt.Errorf(format, a...) }',
    'isComparable': '{ return rt.IsComparable(v) }',
    'As': '{ return rt.As(err, target) }',
    'toUpperRune': '{ return rt.ToUpper(r) }',
    'toLowerRune': '{ return rt.ToLower(r) }',
    'simpleFold': '{ return rt.SimpleFold(r) }',
    'isLetterOrDigit': '{ return rt.IsLetterOrDigit(r) }',
    'isPrintNonASCII': '{ return rt.IsPrint(r) }',
    'FormatFloat': '{ return rt.FormatFloat(f, fmt, prec, bitSize) }',
    'ParseFloat': '{ return rt.ParseFloat(s, bitSize) }',
    'swapper': '{ return rt.Swapper(x) }',
    'sliceLen': '{ return rt.SliceLen(x) }',
}
shutil.rmtree(DST, ignore_errors=True)
bodyless = []
for p in PKGS:
    os.makedirs(os.path.join(DST, p))
    for f in os.listdir(os.path.join(SRC, p)):
        s = open(os.path.join(SRC, p, f)).read()
        for q in PKGS:
            s = s.replace('"%s"' % q, '"x/std/%s"' % q)
        s = s.replace('"runtime"', '"x/rtshim"')
        used = False
        out = []
        for line in s.split('\n'):
            m = re.match(r'^func (\([^)]*\) )?(\w+)', line)
            if m and not line.rstrip().endswith('{') and not line.rstrip().endswith('}'):
                name = m.group(2)
                bodyless.append(p + '.' + name)
                line = line + ' ' + BODIES[name]
                used = True
            out.append(line)
        s = '\n'.join(out)
        if used:
            s = re.sub(r'^(package \w+)$', r'\1\n\nimport rt "x/rt"', s, count=1, flags=re.M)
        open(os.path.join(DST, p, f), 'w').write(s)
print('runtime-implemented (stubbed with gc std):', ' '.join(bodyless))

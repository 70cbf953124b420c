;; The per-sample work of the JMeter CSV reader (see jtl-csv-pass.ts), in WebAssembly: splits a chunk's lines
;; into fields sixteen bytes at a time (SIMD), reads timeStamp, elapsed, success and allThreads, recognises
;; Transaction Controller samples, finds the series (label and thread group) in a hash table, and counts each
;; sample into a per-series, per-second batch: request and failure counts, latency bins, sum, min and max.
;; JavaScript sees a batch once (the `flush` import, when a series moves on to a third second, and at the end),
;; a new series once, and a line this pass does not read (a doubled quote, a quoted newline, a wrong field
;; count, a number out of range): it stops at that line and JavaScript reads it.
;; Compiled by scripts/wasm.mjs (wabt) into jtl-csv-pass-wasm.ts, committed; a test checks they agree.
;;
;; Memory (bytes): OUT 64 (what `run` reports), FIELDS 256 (i32 start, end of each of the line's at most 256
;; fields), MASKS 2560 (see there), KEYS 4096 (one more than the latency bin key of each whole millisecond
;; 0..65535; 0 until JavaScript writes it, when `run` asks), TABLE 266240
;; (1024 entries of id+1, key offset, label length, group length), ARENA 282624 (64 KiB of label and group
;; bytes), HEADS 348160 (a 64-byte batch header per series and slot: 2 slots for 256 series), DENSE 380928
;; (a count per bin key, 5632 i32s per slot), SCRATCH 11915264 (a batch's bins for JavaScript), then from
;; 11982848 on the chunks being read (placed by JavaScript, each followed by 16 bytes of slack).
;; Batch header: second, requests, failed, zeros, min key, max key, min elapsed, max elapsed (i32), sum of
;; elapsed (f64 at 32), max allThreads, min and max millisecond in the second (i32 at 40, 44, 48).
(module
  (import "js" "flush" (func $flush (param i32 i32)))
  (memory (export "memory") 183)
  (data (i32.const 0) "Number of samples in transaction")
  ;; MASKS: for each length 0..16, sixteen bytes of which the first that many are 0xff
  (data (i32.const 2560) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\ff\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\ff\ff\00\00\00\00\00\00\00\00\00\00\00\00\00\00\ff\ff\ff\00\00\00\00\00\00\00\00\00\00\00\00\00\ff\ff\ff\ff\00\00\00\00\00\00\00\00\00\00\00\00\ff\ff\ff\ff\ff\00\00\00\00\00\00\00\00\00\00\00\ff\ff\ff\ff\ff\ff\00\00\00\00\00\00\00\00\00\00\ff\ff\ff\ff\ff\ff\ff\00\00\00\00\00\00\00\00\00\ff\ff\ff\ff\ff\ff\ff\ff\00\00\00\00\00\00\00\00\ff\ff\ff\ff\ff\ff\ff\ff\ff\00\00\00\00\00\00\00\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\00\00\00\00\00\00\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\00\00\00\00\00\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\00\00\00\00\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\00\00\00\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\00\00\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\00\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff")

  (global $delimiter (mut i32) (i32.const 44))
  (global $count (mut i32) (i32.const 0))
  (global $fTimeStamp (mut i32) (i32.const 0))
  (global $fElapsed (mut i32) (i32.const 0))
  (global $fLabel (mut i32) (i32.const 0))
  (global $fSuccess (mut i32) (i32.const 0))
  (global $fThread (mut i32) (i32.const -1))
  (global $fMessage (mut i32) (i32.const -1))
  (global $fAll (mut i32) (i32.const -1))
  ;; fields of the line `$fields` read last
  (global $n (mut i32) (i32.const 0))
  (global $ids (mut i32) (i32.const 0))
  ;; the first ten bytes of the last 13-digit timeStamp (thousands of samples share a second) and its second;
  ;; the second and millisecond `$time` read
  (global $stampHead (mut i64) (i64.const 0))
  (global $stampTail (mut i32) (i32.const 0))
  (global $stampSecond (mut i32) (i32.const 0))
  (global $second (mut i32) (i32.const 0))
  (global $ms (mut i32) (i32.const 0))
  (global $arenaUsed (mut i32) (i32.const 0))

  ;; Which columns to read (-1 for an absent optional one) and how many fields a line has.
  (func (export "configure") (param $delimiter i32) (param $count i32) (param $ts i32) (param $elapsed i32)
    (param $label i32) (param $success i32) (param $thread i32) (param $message i32) (param $all i32)
    (global.set $delimiter (local.get $delimiter))
    (global.set $count (local.get $count))
    (global.set $fTimeStamp (local.get $ts))
    (global.set $fElapsed (local.get $elapsed))
    (global.set $fLabel (local.get $label))
    (global.set $fSuccess (local.get $success))
    (global.set $fThread (local.get $thread))
    (global.set $fMessage (local.get $message))
    (global.set $fAll (local.get $all)))

  ;; The fields of the line from $p (into FIELDS, $n of them) up to its newline, which it returns; -2 when
  ;; no newline comes before $end, -1 when the line needs JavaScript (a quote not at a field's start or not
  ;; closed before the line ends, a doubled quote, text after a closing quote, more than 255 fields). A quoted
  ;; field's span is inside its quotes; a \r before the newline is not part of the last field.
  (func $fields (param $p i32) (param $end i32) (result i32)
    (local $start i32) (local $n i32) (local $v v128) (local $delimiters v128) (local $all i32) (local $dm i32)
    (local $sm i32) (local $at i32) (local $close i32) (local $next i32) (local $fend i32)
    (local.set $start (local.get $p))
    (local.set $delimiters (i8x16.splat (global.get $delimiter)))
    (loop $blocks
      (if (i32.ge_u (local.get $p) (local.get $end)) (then (return (i32.const -2))))
      (local.set $v (v128.load (local.get $p)))
      (local.set $dm (i8x16.bitmask (i8x16.eq (local.get $v) (local.get $delimiters))))
      (local.set $sm (i8x16.bitmask (v128.or
        (i8x16.eq (local.get $v) (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10))
        (i8x16.eq (local.get $v) (v128.const i8x16 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34)))))
      ;; the last block: only the bytes before $end
      (if (i32.lt_u (i32.sub (local.get $end) (local.get $p)) (i32.const 16))
        (then
          (local.set $all (i32.sub (i32.shl (i32.const 1) (i32.sub (local.get $end) (local.get $p))) (i32.const 1)))
          (local.set $dm (i32.and (local.get $dm) (local.get $all)))
          (local.set $sm (i32.and (local.get $sm) (local.get $all)))))
      ;; a field past the 255th (checked once a block, for its delimiters all at once)
      (if (i32.gt_u (i32.add (local.get $n) (i32.popcnt (local.get $dm))) (i32.const 255))
        (then (return (i32.const -1))))
      ;; most blocks hold delimiters only; the rest, their delimiters up to the first quote or newline
      (if (local.get $sm)
        (then (local.set $dm (i32.and (local.get $dm)
          (i32.sub (i32.and (local.get $sm) (i32.sub (i32.const 0) (local.get $sm))) (i32.const 1))))))
      (block $delimiters_done
        (loop $delimiters
          (br_if $delimiters_done (i32.eqz (local.get $dm)))
          (local.set $at (i32.add (local.get $p) (i32.ctz (local.get $dm))))
          (i32.store offset=256 (i32.shl (local.get $n) (i32.const 3)) (local.get $start))
          (i32.store offset=260 (i32.shl (local.get $n) (i32.const 3)) (local.get $at))
          (local.set $n (i32.add (local.get $n) (i32.const 1)))
          (local.set $start (i32.add (local.get $at) (i32.const 1)))
          (local.set $dm (i32.and (local.get $dm) (i32.sub (local.get $dm) (i32.const 1))))
          (br $delimiters)))
      (if (i32.eqz (local.get $sm))
        (then
          (local.set $p (i32.add (local.get $p) (i32.const 16)))
          (br $blocks)))
      (local.set $at (i32.add (local.get $p) (i32.ctz (local.get $sm))))
      (if (i32.eq (i32.load8_u (local.get $at)) (i32.const 10))
        (then
          ;; the newline: the last field, without a \r before it
          (local.set $fend (local.get $at))
          (if (i32.gt_u (local.get $fend) (local.get $start))
            (then (if (i32.eq (i32.load8_u (i32.sub (local.get $fend) (i32.const 1))) (i32.const 13))
              (then (local.set $fend (i32.sub (local.get $fend) (i32.const 1)))))))
          (i32.store offset=256 (i32.shl (local.get $n) (i32.const 3)) (local.get $start))
          (i32.store offset=260 (i32.shl (local.get $n) (i32.const 3)) (local.get $fend))
          (global.set $n (i32.add (local.get $n) (i32.const 1)))
          (return (local.get $at))))
      ;; a quote: it must open the field, close before the line ends and be followed by the field's end
      (if (i32.ne (local.get $at) (local.get $start)) (then (return (i32.const -1))))
      (local.set $close (call $closingQuote (i32.add (local.get $at) (i32.const 1)) (local.get $end)))
      (if (i32.or (i32.lt_s (local.get $close) (i32.const 0))
                  (i32.ge_u (i32.add (local.get $close) (i32.const 2)) (local.get $end)))
        (then (return (i32.const -1))))
      ;; the field is inside its quotes
      (i32.store offset=256 (i32.shl (local.get $n) (i32.const 3)) (i32.add (local.get $at) (i32.const 1)))
      (i32.store offset=260 (i32.shl (local.get $n) (i32.const 3)) (local.get $close))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (local.set $next (i32.load8_u offset=1 (local.get $close)))
      (if (i32.eq (local.get $next) (global.get $delimiter))
        (then
          (local.set $start (i32.add (local.get $close) (i32.const 2)))
          (local.set $p (local.get $start))
          (br $blocks)))
      ;; else the line ends right after the closing quote: \n, or \r\n
      (if (i32.eq (local.get $next) (i32.const 13))
        (then (local.set $close (i32.add (local.get $close) (i32.const 1)))))
      (if (i32.ne (i32.load8_u offset=1 (local.get $close)) (i32.const 10)) (then (return (i32.const -1))))
      (global.set $n (local.get $n))
      (return (i32.add (local.get $close) (i32.const 1))))
    (unreachable))


  ;; The first quote from $p on before $end (sixteen bytes at a time: a Transaction Controller's message is
  ;; ~70 quoted bytes), or -1 when a newline or $end comes first.
  (func $closingQuote (param $p i32) (param $end i32) (result i32)
    (local $v v128) (local $m i32)
    (loop $blocks
      (if (i32.ge_u (local.get $p) (local.get $end)) (then (return (i32.const -1))))
      (local.set $v (v128.load (local.get $p)))
      (local.set $m (i8x16.bitmask (v128.or
        (i8x16.eq (local.get $v) (i8x16.splat (i32.const 34)))
        (i8x16.eq (local.get $v) (i8x16.splat (i32.const 10))))))
      (if (i32.eqz (local.get $m))
        (then
          (local.set $p (i32.add (local.get $p) (i32.const 16)))
          (br $blocks))))
    ;; the first quote or newline: bytes past $end are the slack, not the chunk's
    (local.set $p (i32.add (local.get $p) (i32.ctz (local.get $m))))
    (if (i32.or (i32.ge_u (local.get $p) (local.get $end)) (i32.eq (i32.load8_u (local.get $p)) (i32.const 10)))
      (then (return (i32.const -1))))
    (local.get $p))

  ;; The whole number in [$s, $e): -1 when empty or not digits, -2 when longer than $max digits.
  (func $int (param $s i32) (param $e i32) (param $max i32) (result i32)
    (local $v i32) (local $d i32)
    (if (i32.le_s (local.get $e) (local.get $s)) (then (return (i32.const -1))))
    (if (i32.gt_s (i32.sub (local.get $e) (local.get $s)) (local.get $max)) (then (return (i32.const -2))))
    (loop $digits
      (local.set $d (i32.sub (i32.load8_u (local.get $s)) (i32.const 48)))
      (if (i32.gt_u (local.get $d) (i32.const 9)) (then (return (i32.const -1))))
      (local.set $v (i32.add (i32.mul (local.get $v) (i32.const 10)) (local.get $d)))
      (local.set $s (i32.add (local.get $s) (i32.const 1)))
      (br_if $digits (i32.lt_u (local.get $s) (local.get $e))))
    (local.get $v))

  ;; The epoch milliseconds in [$s, $e) (1 to 15 digits), or -1.
  (func $stamp (param $s i32) (param $e i32) (result i64)
    (local $v i64) (local $d i32)
    (if (i32.or (i32.le_s (local.get $e) (local.get $s))
                (i32.gt_s (i32.sub (local.get $e) (local.get $s)) (i32.const 15)))
      (then (return (i64.const -1))))
    (loop $digits
      (local.set $d (i32.sub (i32.load8_u (local.get $s)) (i32.const 48)))
      (if (i32.gt_u (local.get $d) (i32.const 9)) (then (return (i64.const -1))))
      (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 10)) (i64.extend_i32_u (local.get $d))))
      (local.set $s (i32.add (local.get $s) (i32.const 1)))
      (br_if $digits (i32.lt_u (local.get $s) (local.get $e))))
    (local.get $v))


  ;; Reads the timeStamp in [$s, $e) into $second and $ms; 0 when it is not 1 to 15 digits (or past 2038).
  (func $time (param $s i32) (param $e i32) (result i32)
    (local $ts i64) (local $second i64)
    (if (i32.eq (i32.sub (local.get $e) (local.get $s)) (i32.const 13))
      (then (if (i32.and (i64.eq (i64.load (local.get $s)) (global.get $stampHead))
                         (i32.eq (i32.load16_u offset=8 (local.get $s)) (global.get $stampTail)))
        (then
          (global.set $ms (call $int (i32.add (local.get $s) (i32.const 10)) (local.get $e) (i32.const 3)))
          (global.set $second (global.get $stampSecond))
          (return (i32.ge_s (global.get $ms) (i32.const 0)))))))
    (local.set $ts (call $stamp (local.get $s) (local.get $e)))
    (if (i64.lt_s (local.get $ts) (i64.const 0)) (then (return (i32.const 0))))
    (local.set $second (i64.div_u (local.get $ts) (i64.const 1000)))
    (if (i64.gt_u (local.get $second) (i64.const 0x7ffffffe)) (then (return (i32.const 0))))
    (global.set $second (i32.wrap_i64 (local.get $second)))
    (global.set $ms (i32.wrap_i64 (i64.sub (local.get $ts) (i64.mul (local.get $second) (i64.const 1000)))))
    (if (i32.eq (i32.sub (local.get $e) (local.get $s)) (i32.const 13))
      (then
        (global.set $stampHead (i64.load (local.get $s)))
        (global.set $stampTail (i32.load16_u offset=8 (local.get $s)))
        (global.set $stampSecond (global.get $second))))
    (i32.const 1))

  ;; JMeter names threads `<thread group> <group number>-<thread number>`: where the group's name in the thread
  ;; name [$s, $e) ends ($e when the name does not end in ` N-M`), as threadGroupEnd in jtl-samples.ts.
  (func $groupEnd (param $s i32) (param $e i32) (result i32)
    (local $p i32) (local $dash i32)
    (local.set $p (local.get $e))
    (block $stop (loop $back
      (br_if $stop (i32.le_u (local.get $p) (local.get $s)))
      (br_if $stop (i32.ge_u (i32.sub (i32.load8_u (i32.sub (local.get $p) (i32.const 1))) (i32.const 48)) (i32.const 10)))
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (br $back)))
    (if (i32.or (i32.or (i32.eq (local.get $p) (local.get $e)) (i32.eq (local.get $p) (local.get $s)))
                (i32.ne (i32.load8_u (i32.sub (local.get $p) (i32.const 1))) (i32.const 45)))
      (then (return (local.get $e))))
    (local.set $p (i32.sub (local.get $p) (i32.const 1)))
    (local.set $dash (local.get $p))
    (block $stop (loop $back
      (br_if $stop (i32.le_u (local.get $p) (local.get $s)))
      (br_if $stop (i32.ge_u (i32.sub (i32.load8_u (i32.sub (local.get $p) (i32.const 1))) (i32.const 48)) (i32.const 10)))
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (br $back)))
    (if (i32.or (i32.or (i32.eq (local.get $p) (local.get $dash)) (i32.eq (local.get $p) (local.get $s)))
                (i32.ne (i32.load8_u (i32.sub (local.get $p) (i32.const 1))) (i32.const 32)))
      (then (return (local.get $e))))
    (i32.sub (local.get $p) (i32.const 1)))

  ;; $h mixed with the $len bytes at $s, eight at a time.
  (func $hash (param $s i32) (param $len i32) (param $h i64) (result i64)
    (block $words_done (loop $words
      (br_if $words_done (i32.lt_u (local.get $len) (i32.const 8)))
      (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load (local.get $s))) (i64.const 0x9E3779B97F4A7C15)))
      (local.set $s (i32.add (local.get $s) (i32.const 8)))
      (local.set $len (i32.sub (local.get $len) (i32.const 8)))
      (br $words)))
    (if (local.get $len)
      (then (local.set $h (i64.mul (i64.xor (local.get $h)
        (i64.and (i64.load (local.get $s))
          (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (i32.shl (local.get $len) (i32.const 3))))
            (i64.const 1))))
        (i64.const 0x9E3779B97F4A7C15)))))
    (local.get $h))

  ;; 1 when the $len bytes at $a and at $b are the same.
  (func $same (param $a i32) (param $b i32) (param $len i32) (result i32)
    (block $words_done (loop $words
      (br_if $words_done (i32.lt_u (local.get $len) (i32.const 8)))
      (if (i64.ne (i64.load (local.get $a)) (i64.load (local.get $b))) (then (return (i32.const 0))))
      (local.set $a (i32.add (local.get $a) (i32.const 8)))
      (local.set $b (i32.add (local.get $b) (i32.const 8)))
      (local.set $len (i32.sub (local.get $len) (i32.const 8)))
      (br $words)))
    (if (i32.eqz (local.get $len)) (then (return (i32.const 1))))
    (i64.eqz (i64.and (i64.xor (i64.load (local.get $a)) (i64.load (local.get $b)))
      (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (i32.shl (local.get $len) (i32.const 3))))
        (i64.const 1)))))

  ;; The TABLE entry of the label [$ls, $le) and group [$gs, $ge): the one holding them, or the empty one
  ;; where they would go. Names of up to sixteen bytes each (most) are hashed and compared as one vector
  ;; each, with no loop or call; longer ones by $longEntry.
  (func $entry (param $ls i32) (param $le i32) (param $gs i32) (param $ge i32) (result i32)
    (local $ll i32) (local $gl i32) (local $i i32) (local $e i32) (local $off i32)
    (local $label v128) (local $group v128) (local $h i64)
    (local.set $ll (i32.sub (local.get $le) (local.get $ls)))
    (local.set $gl (i32.sub (local.get $ge) (local.get $gs)))
    (if (i32.or (i32.gt_u (local.get $ll) (i32.const 16)) (i32.gt_u (local.get $gl) (i32.const 16)))
      (then (return (call $longEntry (local.get $ls) (local.get $ll) (local.get $gs) (local.get $gl)))))
    ;; the name bytes, the rest of each vector zeroed by the mask of its length (MASKS)
    (local.set $label (v128.and (v128.load (local.get $ls))
      (v128.load offset=2560 (i32.shl (local.get $ll) (i32.const 4)))))
    (local.set $group (v128.and (v128.load (local.get $gs))
      (v128.load offset=2560 (i32.shl (local.get $gl) (i32.const 4)))))
    (local.set $h (i64.mul (i64.xor
      (i64.mul (i64.xor (i64x2.extract_lane 0 (local.get $label))
                        (i64.rotl (i64x2.extract_lane 1 (local.get $label)) (i64.const 29)))
               (i64.const 0x9E3779B97F4A7C15))
      (i64.xor (i64.xor (i64x2.extract_lane 0 (local.get $group))
                        (i64.rotl (i64x2.extract_lane 1 (local.get $group)) (i64.const 43)))
               (i64.extend_i32_u (i32.or (local.get $ll) (i32.shl (local.get $gl) (i32.const 8))))))
      (i64.const 0x9E3779B97F4A7C15)))
    ;; the top ten bits: the only ones every input bit reaches through the multiplications
    (local.set $i (i32.wrap_i64 (i64.shr_u (local.get $h) (i64.const 54))))
    (loop $probe
      (local.set $e (i32.add (i32.const 266240) (i32.shl (local.get $i) (i32.const 4))))
      (if (i32.eqz (i32.load (local.get $e))) (then (return (local.get $e))))
      (if (i32.and (i32.eq (i32.load offset=8 (local.get $e)) (local.get $ll))
                   (i32.eq (i32.load offset=12 (local.get $e)) (local.get $gl)))
        (then
          ;; the arena holds the label's bytes then the group's (a vector read past them stays in memory)
          (local.set $off (i32.load offset=4 (local.get $e)))
          (if (i32.eqz (v128.any_true (v128.or
                (v128.xor (local.get $label) (v128.and (v128.load (local.get $off))
                  (v128.load offset=2560 (i32.shl (local.get $ll) (i32.const 4)))))
                (v128.xor (local.get $group) (v128.and (v128.load (i32.add (local.get $off) (local.get $ll)))
                  (v128.load offset=2560 (i32.shl (local.get $gl) (i32.const 4))))))))
            (then (return (local.get $e))))))
      (local.set $i (i32.and (i32.add (local.get $i) (i32.const 1)) (i32.const 1023)))
      (br $probe))
    (unreachable))

  ;; $entry of a label of $ll bytes at $ls and a group of $gl bytes at $gs, one of them over sixteen bytes.
  (func $longEntry (param $ls i32) (param $ll i32) (param $gs i32) (param $gl i32) (result i32)
    (local $i i32) (local $e i32) (local $off i32)
    (local.set $i (i32.and (i32.wrap_i64 (i64.shr_u
      (call $hash (local.get $gs) (local.get $gl)
        (call $hash (local.get $ls) (local.get $ll) (i64.extend_i32_u (local.get $ll))))
      (i64.const 54))) (i32.const 1023)))
    (loop $probe
      (local.set $e (i32.add (i32.const 266240) (i32.shl (local.get $i) (i32.const 4))))
      (if (i32.eqz (i32.load (local.get $e))) (then (return (local.get $e))))
      (if (i32.and (i32.eq (i32.load offset=8 (local.get $e)) (local.get $ll))
                   (i32.eq (i32.load offset=12 (local.get $e)) (local.get $gl)))
        (then
          (local.set $off (i32.load offset=4 (local.get $e)))
          (if (i32.and (call $same (local.get $off) (local.get $ls) (local.get $ll))
                       (call $same (i32.add (local.get $off) (local.get $ll)) (local.get $gs) (local.get $gl)))
            (then (return (local.get $e))))))
      (local.set $i (i32.and (i32.add (local.get $i) (i32.const 1)) (i32.const 1023)))
      (br $probe))
    (unreachable))

  ;; Hands the batch whose header is at $h to JavaScript: its bins, as keys (i32) and counts (f64) at
  ;; SCRATCH 11915264 and 11937792, clearing them, then the `flush` import; then empties the header.
  (func $handOver (param $h i32)
    (local $k i32) (local $max i32) (local $at i32) (local $c i32) (local $n i32)
    (local.set $k (i32.load offset=16 (local.get $h)))
    (local.set $max (i32.load offset=20 (local.get $h)))
    (local.set $at (i32.add (i32.add (i32.const 380928) (i32.mul (i32.shr_u (i32.sub (local.get $h) (i32.const 348160)) (i32.const 6))
      (i32.const 22528))) (i32.shl (local.get $k) (i32.const 2))))
    (block $done (loop $keys
      (br_if $done (i32.gt_s (local.get $k) (local.get $max)))
      ;; most keys of the range are empty: four at a time
      (if (i32.and (i32.le_s (i32.add (local.get $k) (i32.const 3)) (local.get $max))
                   (i32.eqz (v128.any_true (v128.load (local.get $at)))))
        (then
          (local.set $k (i32.add (local.get $k) (i32.const 4)))
          (local.set $at (i32.add (local.get $at) (i32.const 16)))
          (br $keys)))
      (local.set $c (i32.load (local.get $at)))
      (if (local.get $c)
        (then
          (i32.store offset=11915264 (i32.shl (local.get $n) (i32.const 2)) (local.get $k))
          (f64.store offset=11937792 (i32.shl (local.get $n) (i32.const 3)) (f64.convert_i32_u (local.get $c)))
          (i32.store (local.get $at) (i32.const 0))
          (local.set $n (i32.add (local.get $n) (i32.const 1)))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (local.set $at (i32.add (local.get $at) (i32.const 4)))
      (br $keys)))
    (call $flush (i32.shr_u (i32.sub (local.get $h) (i32.const 348160)) (i32.const 6)) (local.get $n))
    (call $reset (local.get $h)))

  ;; Empties the batch whose header is at $h (its bins are clear).
  (func $reset (param $h i32)
    (i32.store (local.get $h) (i32.const -1))
    (i64.store offset=4 (local.get $h) (i64.const 0))
    (i32.store offset=12 (local.get $h) (i32.const 0))
    (i32.store offset=16 (local.get $h) (i32.const 0x7fffffff))
    (i32.store offset=20 (local.get $h) (i32.const -1))
    (i32.store offset=24 (local.get $h) (i32.const 0x7fffffff))
    (i32.store offset=28 (local.get $h) (i32.const -1))
    (f64.store offset=32 (local.get $h) (f64.const 0))
    (i32.store offset=40 (local.get $h) (i32.const -1))
    (i32.store offset=44 (local.get $h) (i32.const 1000))
    (i32.store offset=48 (local.get $h) (i32.const -1)))

  ;; Adds the series of the label and group spans `run` reported (OUT words 3..6) with the next id: returns
  ;; it, or -1 when there is no room (256 series, or 64 KiB of their names).
  (func (export "addSeries") (result i32)
    (local $ls i32) (local $le i32) (local $gs i32) (local $ge i32) (local $ll i32) (local $gl i32)
    (local $e i32) (local $id i32) (local $off i32)
    (local.set $ls (i32.load offset=76 (i32.const 0)))
    (local.set $le (i32.load offset=80 (i32.const 0)))
    (local.set $gs (i32.load offset=84 (i32.const 0)))
    (local.set $ge (i32.load offset=88 (i32.const 0)))
    (local.set $ll (i32.sub (local.get $le) (local.get $ls)))
    (local.set $gl (i32.sub (local.get $ge) (local.get $gs)))
    (if (i32.or (i32.ge_u (global.get $ids) (i32.const 256))
                (i32.gt_u (i32.add (i32.add (global.get $arenaUsed) (local.get $ll)) (local.get $gl))
                  (i32.const 65528)))
      (then (return (i32.const -1))))
    (local.set $off (i32.add (i32.const 282624) (global.get $arenaUsed)))
    (memory.copy (local.get $off) (local.get $ls) (local.get $ll))
    (memory.copy (i32.add (local.get $off) (local.get $ll)) (local.get $gs) (local.get $gl))
    (global.set $arenaUsed (i32.add (i32.add (global.get $arenaUsed) (local.get $ll)) (local.get $gl)))
    (local.set $e (call $entry (local.get $ls) (local.get $le) (local.get $gs) (local.get $ge)))
    (local.set $id (global.get $ids))
    (global.set $ids (i32.add (local.get $id) (i32.const 1)))
    (i32.store (local.get $e) (global.get $ids))
    (i32.store offset=4 (local.get $e) (local.get $off))
    (i32.store offset=8 (local.get $e) (local.get $ll))
    (i32.store offset=12 (local.get $e) (local.get $gl))
    (call $reset (i32.add (i32.const 348160) (i32.shl (local.get $id) (i32.const 7))))
    (call $reset (i32.add (i32.const 348224) (i32.shl (local.get $id) (i32.const 7))))
    (local.get $id))

  ;; Counts one sample of series $id into its batch of second $second (a slot of the series; the older of
  ;; its two batches goes to JavaScript first when neither is that second's).
  (func $sample (param $id i32) (param $second i32) (param $ms i32) (param $elapsed i32) (param $ok i32)
    (param $all i32)
    (local $h i32) (local $h1 i32) (local $key i32) (local $at i32)
    (local.set $h (i32.add (i32.const 348160) (i32.shl (local.get $id) (i32.const 7))))
    (local.set $h1 (i32.add (local.get $h) (i32.const 64)))
    (if (i32.ne (i32.load (local.get $h)) (local.get $second))
      (then
        (if (i32.eq (i32.load (local.get $h1)) (local.get $second))
          (then (local.set $h (local.get $h1)))
          (else
            ;; neither: an empty slot, else the one of the earlier second
            (if (i32.eq (i32.load (local.get $h)) (i32.const -1))
              (then)
              (else (if (i32.eq (i32.load (local.get $h1)) (i32.const -1))
                (then (local.set $h (local.get $h1)))
                (else
                  (if (i32.gt_s (i32.load (local.get $h)) (i32.load (local.get $h1)))
                    (then (local.set $h (local.get $h1))))
                  (call $handOver (local.get $h))))))
            (i32.store (local.get $h) (local.get $second))))))
    (i32.store offset=4 (local.get $h) (i32.add (i32.load offset=4 (local.get $h)) (i32.const 1)))
    (if (i32.eqz (local.get $ok))
      (then (i32.store offset=8 (local.get $h) (i32.add (i32.load offset=8 (local.get $h)) (i32.const 1)))))
    (f64.store offset=32 (local.get $h)
      (f64.add (f64.load offset=32 (local.get $h)) (f64.convert_i32_u (local.get $elapsed))))
    (if (i32.lt_s (local.get $elapsed) (i32.load offset=24 (local.get $h)))
      (then (i32.store offset=24 (local.get $h) (local.get $elapsed))))
    (if (i32.gt_s (local.get $elapsed) (i32.load offset=28 (local.get $h)))
      (then (i32.store offset=28 (local.get $h) (local.get $elapsed))))
    (if (i32.gt_s (local.get $all) (i32.load offset=40 (local.get $h)))
      (then (i32.store offset=40 (local.get $h) (local.get $all))))
    (if (i32.lt_s (local.get $ms) (i32.load offset=44 (local.get $h)))
      (then (i32.store offset=44 (local.get $h) (local.get $ms))))
    (if (i32.gt_s (local.get $ms) (i32.load offset=48 (local.get $h)))
      (then (i32.store offset=48 (local.get $h) (local.get $ms))))
    (if (i32.eqz (local.get $elapsed))
      (then
        (i32.store offset=12 (local.get $h) (i32.add (i32.load offset=12 (local.get $h)) (i32.const 1)))
        (return)))
    (local.set $key (i32.sub (i32.load offset=4096 (i32.shl (local.get $elapsed) (i32.const 2))) (i32.const 1)))
    (local.set $at (i32.add (i32.add (i32.const 380928) (i32.mul (i32.shr_u (i32.sub (local.get $h) (i32.const 348160)) (i32.const 6))
      (i32.const 22528))) (i32.shl (local.get $key) (i32.const 2))))
    (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
    (if (i32.lt_s (local.get $key) (i32.load offset=16 (local.get $h)))
      (then (i32.store offset=16 (local.get $h) (local.get $key))))
    (if (i32.gt_s (local.get $key) (i32.load offset=20 (local.get $h)))
      (then (i32.store offset=20 (local.get $h) (local.get $key)))))

  ;; Hands every batch not yet handed over to JavaScript (at the end of the file).
  (func (export "flushAll")
    (local $h i32) (local $end i32)
    (local.set $h (i32.const 348160))
    (local.set $end (i32.add (i32.const 348160) (i32.shl (global.get $ids) (i32.const 7))))
    (block $done (loop $slots
      (br_if $done (i32.ge_u (local.get $h) (local.get $end)))
      (if (i32.ne (i32.load (local.get $h)) (i32.const -1))
        (then
          (call $handOver (local.get $h))))
      (local.set $h (i32.add (local.get $h) (i32.const 64)))
      (br $slots))))

  ;; Reads the lines of [$p, $end) until one it leaves to JavaScript. Writes to OUT: where it stopped (word 0,
  ;; the start of that line), how many lines it read (word 1), Transaction Controller samples seen (word 2,
  ;; running total) and, for a new series, its label span, thread name start, group end and thread name end
  ;; (words 3..7). Returns 0 when no newline
  ;; is left, 1 for a line JavaScript must read, 2 for a line of a series not yet added (see addSeries), 3 for
  ;; a latency (OUT word 8) whose bin key JavaScript must write into KEYS first.
  (func (export "run") (param $p i32) (param $end i32) (result i32)
    (local $lines i32) (local $nl i32) (local $s i32) (local $e i32)
    (local $elapsed i32) (local $ls i32) (local $le i32) (local $gs i32) (local $ge i32) (local $te i32)
    (local $entry i32)
    (local $all i32) (local $status i32)
    (block $stop
      (loop $lines
        (local.set $nl (call $fields (local.get $p) (local.get $end)))
        (if (i32.eq (local.get $nl) (i32.const -2)) (then (local.set $status (i32.const 0)) (br $stop)))
        (local.set $status (i32.const 1))
        (br_if $stop (i32.eq (local.get $nl) (i32.const -1)))
        (block $next
          ;; an empty line (or a lone \r) is no sample
          (br_if $next (i32.eq (local.get $nl) (local.get $p)))
          (br_if $next (i32.and (i32.eq (local.get $nl) (i32.add (local.get $p) (i32.const 1)))
                                (i32.eq (i32.load8_u (local.get $p)) (i32.const 13))))
          (br_if $stop (i32.ne (global.get $n) (global.get $count)))
          (br_if $stop (i32.eqz (call $time
            (i32.load offset=256 (i32.shl (global.get $fTimeStamp) (i32.const 3)))
            (i32.load offset=260 (i32.shl (global.get $fTimeStamp) (i32.const 3))))))
          (local.set $elapsed (call $int (i32.load offset=256 (i32.shl (global.get $fElapsed) (i32.const 3)))
                                         (i32.load offset=260 (i32.shl (global.get $fElapsed) (i32.const 3))) (i32.const 5)))
          (br_if $stop (i32.or (i32.lt_s (local.get $elapsed) (i32.const 0))
                               (i32.gt_s (local.get $elapsed) (i32.const 65535))))
          ;; a latency whose bin key JavaScript has not given yet (see `run`)
          (if (i32.and (i32.ne (local.get $elapsed) (i32.const 0))
                       (i32.eqz (i32.load offset=4096 (i32.shl (local.get $elapsed) (i32.const 2)))))
            (then
              (i32.store offset=96 (i32.const 0) (local.get $elapsed))
              (local.set $status (i32.const 3))
              (br $stop)))
          (if (i32.ge_s (global.get $fMessage) (i32.const 0))
            (then
              (local.set $s (i32.load offset=256 (i32.shl (global.get $fMessage) (i32.const 3))))
              (local.set $e (i32.load offset=260 (i32.shl (global.get $fMessage) (i32.const 3))))
              (if (i32.ge_s (i32.sub (local.get $e) (local.get $s)) (i32.const 32))
                (then (if (call $same (local.get $s) (i32.const 0) (i32.const 32))
                  (then
                    (i32.store offset=72 (i32.const 0) (i32.add (i32.load offset=72 (i32.const 0)) (i32.const 1)))
                    (br $next)))))))
          (local.set $all (i32.const -1))
          (if (i32.ge_s (global.get $fAll) (i32.const 0))
            (then
              (local.set $all (call $int (i32.load offset=256 (i32.shl (global.get $fAll) (i32.const 3))) (i32.load offset=260 (i32.shl (global.get $fAll) (i32.const 3)))
                (i32.const 9)))
              (br_if $stop (i32.eq (local.get $all) (i32.const -2)))))
          (local.set $ls (i32.load offset=256 (i32.shl (global.get $fLabel) (i32.const 3))))
          (local.set $le (i32.load offset=260 (i32.shl (global.get $fLabel) (i32.const 3))))
          ;; no thread name: an empty one (at the label)
          (local.set $gs (local.get $ls))
          (local.set $te (local.get $ls))
          (if (i32.ge_s (global.get $fThread) (i32.const 0))
            (then
              (local.set $gs (i32.load offset=256 (i32.shl (global.get $fThread) (i32.const 3))))
              (local.set $te (i32.load offset=260 (i32.shl (global.get $fThread) (i32.const 3))))))
          (local.set $ge (call $groupEnd (local.get $gs) (local.get $te)))
          (local.set $entry (call $entry (local.get $ls) (local.get $le) (local.get $gs) (local.get $ge)))
          (if (i32.eqz (i32.load (local.get $entry)))
            (then
              (i32.store offset=76 (i32.const 0) (local.get $ls))
              (i32.store offset=80 (i32.const 0) (local.get $le))
              (i32.store offset=84 (i32.const 0) (local.get $gs))
              (i32.store offset=88 (i32.const 0) (local.get $ge))
              (i32.store offset=92 (i32.const 0) (local.get $te))
              (local.set $status (i32.const 2))
              (br $stop)))
          (call $sample
            (i32.sub (i32.load (local.get $entry)) (i32.const 1))
            (global.get $second)
            (global.get $ms)
            (local.get $elapsed)
            (i32.eq (i32.load8_u (i32.load offset=256 (i32.shl (global.get $fSuccess) (i32.const 3)))) (i32.const 116))
            (local.get $all)))
        (local.set $lines (i32.add (local.get $lines) (i32.const 1)))
        (local.set $p (i32.add (local.get $nl) (i32.const 1)))
        (br $lines)))
    (i32.store offset=64 (i32.const 0) (local.get $p))
    (i32.store offset=68 (i32.const 0) (local.get $lines))
    (local.get $status))
)

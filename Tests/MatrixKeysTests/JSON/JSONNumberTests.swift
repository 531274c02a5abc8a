import Testing
@testable import MatrixKeys

@Suite("Canonical JSON: numbers in strict and lax mode (SPEC §2)")
struct JSONNumberTests {
    @Test("strict: exactly ±(2^53−1) pass; ±2^53 fail with the literal and path; lax keeps them exact")
    func safeIntegerRange() throws {
        #expect(try canonicalBoth("[9007199254740991,-9007199254740991]") == "[9007199254740991,-9007199254740991]")
        #expect(try JSONParser.parse("9007199254740991") == .integer(9_007_199_254_740_991))
        #expect(try JSONParser.parse("-9007199254740991") == .integer(-9_007_199_254_740_991))
        for text in ["9007199254740992", "-9007199254740992", "99999999999999999999", "-99999999999999999999"] {
            #expect(rejection(text) == JSONParseError(kind: .integerOutOfRange(text), offset: 0))
            #expect(try canonicalBoth(text, mode: .lax) == text)
        }
        #expect(rejection(#"{"n":[1,9007199254740992]}"#) == JSONParseError(kind: .integerOutOfRange("9007199254740992"), offset: 8, path: "$.n[1]"))
        #expect(try JSONParser.parse("9007199254740992", mode: .lax) == .integer(9_007_199_254_740_992))
        #expect(try JSONParser.parse("-9007199254740992", mode: .lax) == .integer(-9_007_199_254_740_992))
    }

    @Test("lax: integers of any size stay exact (Int64 when they fit, else their decimal text)")
    func bigIntegers() throws {
        let huge = "123456789012345678901234567890"
        #expect(try JSONParser.parse(huge, mode: .lax) == .bigInteger(huge))
        #expect(try canonicalBoth(huge, mode: .lax) == huge)
        #expect(try canonicalBoth("[-\(huge),\(huge)0]", mode: .lax) == "[-\(huge),\(huge)0]")
        #expect(try JSONParser.parse("9223372036854775807", mode: .lax) == .integer(Int64.max))
        #expect(try JSONParser.parse("9223372036854775808", mode: .lax) == .bigInteger("9223372036854775808"))
        #expect(try JSONParser.parse("-9223372036854775808", mode: .lax) == .integer(Int64.min))
        #expect(try JSONParser.parse("-9223372036854775809", mode: .lax) == .bigInteger("-9223372036854775809"))
        #expect(try canonicalBoth("[9223372036854775807,-9223372036854775808]", mode: .lax) == "[9223372036854775807,-9223372036854775808]")
        #expect(CanonicalJSON.encodeString(.integer(Int64.min)) == "-9223372036854775808")
        #expect(CanonicalJSON.encodeString(.bigInteger("-\(huge)")) == "-\(huge)")
        // Integers of 16 to 19 digits take the slow path of the canonicaliser: still exact.
        #expect(try canonicalBoth("[1000000000000000,-1000000000000000,1234567890123456789]", mode: .lax)
            == "[1000000000000000,-1000000000000000,1234567890123456789]")
    }

    @Test("-0 is the integer 0, written 0, in both modes; -0.0 is a float in lax mode")
    func negativeZero() throws {
        #expect(try canonicalBoth("-0") == "0")
        #expect(try canonicalBoth("[-0,0,{\"a\":-0}]") == #"[0,0,{"a":0}]"#)
        #expect(try JSONParser.parse("-0") == .integer(0))
        #expect(try canonicalBoth("-0", mode: .lax) == "0")
        #expect(rejection("-0.0") == JSONParseError(kind: .floatNotAllowed("-0.0"), offset: 0))
        #expect(try canonicalBoth("-0.0", mode: .lax) == "-0.0")
        #expect(try JSONParser.parse("-0.0", mode: .lax) == .float(-0.0))
        #expect(try JSONParser.parse("-0.0", mode: .lax) != .float(0.0))  // bit patterns differ
    }

    @Test("strict: every fraction and exponent is rejected, even integral ones; lax writes Python's repr")
    func floats() throws {
        let cases: [(String, String)] = [
            ("1E2", "100.0"), ("1e2", "100.0"), ("1E+2", "100.0"), ("0.0", "0.0"), ("1.0", "1.0"), ("1e0", "1.0"),
            ("1.5", "1.5"), ("1E-2", "0.01"), ("-0.0", "-0.0"), ("1e20", "1e+20"), ("1e16", "1e+16"), ("1e15", "1000000000000000.0"),
            ("1234567890123456.0", "1234567890123456.0"), ("0.0001", "0.0001"), ("0.00001", "1e-05"), ("5e-324", "5e-324"),
            ("1e-400", "0.0"), ("-1e-400", "-0.0"), ("1.7976931348623157e308", "1.7976931348623157e+308"), ("123.456e1", "1234.56"),
            ("0.1", "0.1"), ("-2.5E-7", "-2.5e-07"), ("12345678901234567890.0", "1.2345678901234567e+19"), ("1e-7", "1e-07"),
            ("100e-2", "1.0"), ("0.000123", "0.000123"), ("9999999999999999.0", "1e+16"), ("1e308", "1e+308"),
        ]
        for (input, python) in cases {
            #expect(rejection(input) == JSONParseError(kind: .floatNotAllowed(input), offset: 0), "\(input)")
            #expect(try canonicalBoth(input, mode: .lax) == python, "\(input)")
        }
        #expect(rejection(#"{"a":{"b":[0,1E2]}}"#) == JSONParseError(kind: .floatNotAllowed("1E2"), offset: 13, path: "$.a.b[1]"))
        #expect(try JSONParser.parse("1E2", mode: .lax) == .float(100))
        // A float that overflows a double is an error, as Python's canonicaljson refuses infinity.
        #expect(rejection("1e400", mode: .lax) == JSONParseError(kind: .nonFiniteNumber, offset: 0))
        #expect(rejection("[-1e400]", mode: .lax) == JSONParseError(kind: .nonFiniteNumber, offset: 1, path: "$[0]"))
    }

    @Test("number syntax errors: leading zeros, signs, missing digits")
    func numberSyntax() {
        let invalid: [(String, Int)] = [
            ("01", 0), ("-", 0), ("-01", 0), ("1.", 0), ("+1", 0), (".5", 0), ("1e", 0), ("1e+", 0), ("--1", 0), ("-.5", 0),
            ("1.e5", 0), ("00", 0), ("[1,01]", 3), ("-a", 0), ("1E-", 0),
        ]
        for (text, offset) in invalid {
            for mode in [NumberMode.strict, .lax] {
                #expect(rejection(text, mode: mode)?.kind == .invalidNumber, "\(text)")
                #expect(rejection(text, mode: mode)?.offset == offset, "\(text)")
            }
        }
        // A valid number followed by more characters: trailing data.
        #expect(rejection("0x10") == JSONParseError(kind: .trailingData, offset: 1))
        #expect(rejection("1 2") == JSONParseError(kind: .trailingData, offset: 2))
        for text in ["NaN", "Infinity", "-Infinity"] {
            for mode in [NumberMode.strict, .lax] {
                #expect(rejection(text, mode: mode) == JSONParseError(kind: .nonFiniteNumber, offset: 0), "\(text)")
            }
        }
        #expect(rejection("nan") == JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "a")), offset: 1))
        // Only the real spellings are called non-finite.
        #expect(rejection("Null") == JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "N")), offset: 0))
        #expect(rejection("Infinit") == JSONParseError(kind: .unexpectedCharacter(UInt8(ascii: "I")), offset: 0))
        #expect(rejection("-Inf") == JSONParseError(kind: .invalidNumber, offset: 0))
        #expect(rejection("[NaN]") == JSONParseError(kind: .nonFiniteNumber, offset: 1, path: "$[0]"))
    }

    /// CPython 3.11 `repr(float)` of each double (given by its bits): named edge cases, 150 random bit
    /// patterns and 100 random decimals (random.Random(20261123)).
    static let pythonRepr: [(UInt64, String)] = [
        (0x0000000000000000, "0.0"),
        (0x8000000000000000, "-0.0"),
        (0x3FF0000000000000, "1.0"),
        (0xBFF0000000000000, "-1.0"),
        (0x4059000000000000, "100.0"),
        (0x4059000000000000, "100.0"),  // 1e2
        (0x430C6BF526340000, "1000000000000000.0"),  // 1e15
        (0x4341C37937E08000, "1e+16"),  // 1e16
        (0x4376345785D8A000, "1e+17"),  // 1e17
        (0x4341C37937E07FFF, "9999999999999998.0"),
        (0x43118B54F22AEB00, "1234567890123456.0"),
        (0x4345EE2A2EB5A5C4, "1.2345678901234568e+16"),  // 12345678901234567.0
        (0x3F1A36E2EB1C432D, "0.0001"),
        (0x3F1CD5F99C38B04B, "0.00011"),
        (0x3EE4F8B588E368F1, "1e-05"),  // 0.00001
        (0x3EE4F8B588E368F1, "1e-05"),  // 1e-5
        (0x3EEF75104D551D69, "1.5e-05"),  // 1.5e-5
        (0x3EE9CB8320B15070, "1.23e-05"),  // 123e-7
        (0x3FB999999999999A, "0.1"),
        (0x3FC999999999999A, "0.2"),
        (0x3FD3333333333333, "0.3"),
        (0x3FD3333333333334, "0.30000000000000004"),  // 0.1+0.2
        (0x3FD5555555555555, "0.3333333333333333"),  // 1/3
        (0x3FE5555555555555, "0.6666666666666666"),  // 2/3
        (0x4011666666666666, "4.35"),
        (0x3FF0000000000001, "1.0000000000000002"),
        (0x444B1AE4D6E2EF50, "1e+21"),  // 1e21
        (0x4480F0CF064DD592, "1e+22"),  // 1e22
        (0x44B52D02C7E14AF6, "1e+23"),  // 1e23
        (0x7FEFFFFFFFFFFFFF, "1.7976931348623157e+308"),  // 1.7976931348623157e308
        (0x0000000000000001, "5e-324"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x000FFFFFFFFFFFFF, "2.225073858507201e-308"),
        (0x4340000000000000, "9007199254740992.0"),  // 9007199254740993.0
        (0x419D6F34547DF3B6, "123456789.123"),
        (0xBE90C6F7A0B5ED8D, "-2.5e-07"),  // -2.5e-7
        (0x7E37E43C8800759C, "1e+300"),  // 1e300
        (0x01A56E1FC2F8F359, "1e-300"),
        (0x44DFE185CA57C517, "6.02214076e+23"),  // 6.02214076e23
        (0x41B1DE784A000000, "299792458.0"),
        (0x400921FB54442D18, "3.141592653589793"),
        (0x4005BF0A8B145769, "2.718281828459045"),
        (0x3FE0000000000000, "0.5"),
        (0x3FD0000000000000, "0.25"),
        (0x3F1A36E2EB1C432D, "0.0001"),  // 1e-4
        (0x3F1A36E2EB1C432C, "9.999999999999999e-05"),  // 9.999999999999999e-5
        (0x4341C37937E08000, "1e+16"),  // 9.999999999999999e15
        (0x7E41EB2D66005835, "1.5e+300"),  // 1.5e300
        (0xFFEFFFFFFFFFFFFF, "-1.7976931348623157e+308"),  // -1.7976931348623157e308
        (0x0000000000000001, "5e-324"),  // 4.9406564584124654e-324
        (0x54B249AD2594C37D, "1e+100"),  // 1e100
        (0x9362DA5CC13DA58A, "-2.734469386732594e-215"),
        (0xF6FADFA7E5C15B62, "-1.3539510076516268e+265"),
        (0x7E6DDCE7A7ACE732, "9.99948901844074e+300"),
        (0x2C63888F28F00481, "7.315937454080485e-95"),
        (0x8F7B7676D015B0DC, "-4.3186440724092065e-234"),
        (0x8A119B9E16BC1732, "-3.578745783035096e-260"),
        (0x609E467ADA679F81, "2.5979236449570243e+157"),
        (0xBC67BA94637D6EFA, "-1.029073819684607e-17"),
        (0x0787C0DE2F960063, "2.1954297116029223e-272"),
        (0xFAB36728A78BEB7E, "-1.1270521747506026e+283"),
        (0x19D5269512E74F7B, "3.11105477654189e-184"),
        (0xA712755F6CACE4D5, "-1.787054718170106e-120"),
        (0xBA2DDE83458BFED0, "-1.885010935430012e-28"),
        (0xAC8EFE121C5989F1, "-4.6430939254637883e-94"),
        (0x0D9782BFCDC83011, "3.4432598302717084e-243"),
        (0x5796A670482C590E, "8.715443179965815e+113"),
        (0xA93258EF7777682C, "-3.05166051868644e-110"),
        (0x0B80A25553A12945, "2.836046461459237e-253"),
        (0x0F8A7ABFF2E91AC7, "8.328044116100848e-234"),
        (0x45AC16B9C20DBC21, "4.3465269302432836e+27"),
        (0x789C1AF40CE8FCC9, "9.502636229462698e+272"),
        (0xDD2EE150D2840277, "-7.354738671897224e+140"),
        (0x90B401A6C1CC0AFF, "-3.298931857868603e-228"),
        (0x3C3AE353FB14628E, "1.457601411260715e-18"),
        (0xD419C7723226DB94, "-1.3765948502290002e+97"),
        (0xB9C8B9FFE46ED627, "-2.4382271475697135e-30"),
        (0x96F0DA847A2A3B87, "-3.522857937606674e-198"),
        (0xBBEEB6361D33BC6D, "-5.202775062307686e-20"),
        (0x525A56C9A30F4300, "5.239601521419105e+88"),
        (0x68E58909CCB2B416, "2.0122327819027435e+197"),
        (0x84C4B877678537A3, "-1.0886188822936886e-285"),
        (0xFF53A46F5EAD703A, "-2.1552045697350033e+305"),
        (0x9514B7DDE2AD0478, "-4.0332545313042015e-207"),
        (0xE179F773A6E0F3C0, "-3.650672905840599e+161"),
        (0x64B936976B4B76B0, "1.5964167023253778e+177"),
        (0x0C28CEC1B94722AF, "4.331109102556724e-250"),
        (0x8322905089933837, "-1.4533139887365158e-293"),
        (0xA398D022D4351DF4, "-3.3338174223333097e-137"),
        (0x4372A2A784A67245, "8.392623919249109e+16"),
        (0x4C8B1EB44F1EACCF, "5.447507676548207e+60"),
        (0x0E3A655F20731AB2, "3.95859712584773e-240"),
        (0xAC9130F4547C17D3, "-5.150961054683292e-94"),
        (0x7E9BF77C6519A9D5, "7.491651156063907e+301"),
        (0xCA3AB343AC333B68, "-3.902246106925579e+49"),
        (0x38D889D2B47A5C1D, "7.38424752738924e-35"),
        (0x03C472CA4495F8B4, "1.6392813605967473e-290"),
        (0x6C2386E5CC86BA64, "8.217150314949094e+212"),
        (0x77DDE229DF88AE4D, "2.4667599943822157e+269"),
        (0xEC925F09A227F039, "-9.895446834724753e+214"),
        (0xC3DD75F6808578E6, "-8.491495324922386e+18"),
        (0xAA0336D98B8C82F1, "-2.6180331057629937e-106"),
        (0xBB262A934CE15C61, "-9.167770993377446e-24"),
        (0x307A6FC42FD7B23A, "3.652973186465391e-75"),
        (0xB183256EA16EC121, "-3.467640358123825e-70"),
        (0x7891DA33E83A9D40, "6.036032813737712e+272"),
        (0x8F39AAA5729AD53C, "-2.5226181865784984e-235"),
        (0xADF438F7B27C1C74, "-2.5414217654258962e-87"),
        (0xE5A9F6B1A29709BF, "-5.386828079379803e+181"),
        (0xD27CB2382BEDDA16, "-2.2834035109265707e+89"),
        (0xF1A38D3268340C65, "-2.5462894581134665e+239"),
        (0x08C1D781B972E776, "1.729151625384465e-266"),
        (0xD00F7B11205FE2F7, "-4.5565243832170316e+77"),
        (0xACB70DD842762334, "-2.7630527081252155e-93"),
        (0xB21B1C2E1F61A1BC, "-2.5139217734251697e-67"),
        (0x6D9336C0F9C4B930, "6.782533897547204e+219"),
        (0x3CEB08318744EE92, "3.001155517805617e-15"),
        (0x29CA4BB956E78EC7, "2.239328935209863e-107"),
        (0xB338AFD6B776A568, "-6.0010456868798305e-62"),
        (0x4B68DBA7A2BB831D, "1.9047407511246025e+55"),
        (0xEA44BD0D405EB311, "-8.127632837317366e+203"),
        (0x84BE37C1DFE6C55B, "-7.937925154249258e-286"),
        (0x670C1CD355555E31, "2.4464047755449578e+188"),
        (0xF0D379D72F8CBEB2, "-3.096243075667373e+235"),
        (0x6F877CA98A42827F, "1.7804654981128167e+229"),
        (0xA7F8022A4EEDEF2A, "-3.8082543871678254e-116"),
        (0xADFF32F535DD8954, "-3.9208722604607273e-87"),
        (0x0484F9D69DE18A44, "6.887718472041437e-287"),
        (0x396DFA336763DF9C, "4.6187415977958195e-32"),
        (0xE615DC020B7EF25E, "-5.805180567357155e+183"),
        (0x7F11EE19D49DCA71, "1.2295831556897108e+304"),
        (0x391363081216B6DC, "9.334424834848188e-34"),
        (0x0F66FA84183439BE, "1.8067436532485176e-234"),
        (0x0780B8CF55034265, "1.5455387878547693e-272"),
        (0x76DCA866649B3809, "3.6096013931228115e+264"),
        (0xF1C8046A3C6DD345, "-1.2511511186667012e+240"),
        (0x7C77833F338FCAAB, "3.666215685174782e+291"),
        (0xA886904732DCE811, "-1.832482238044351e-113"),
        (0xE4631B553FDE05B4, "-3.7805479876875394e+175"),
        (0x559C11D466F6D437, "2.514753793756945e+104"),
        (0xC86308A3429B6DEF, "-5.1814771926443785e+40"),
        (0x4E692BF19B26BE74, "5.4290118895095134e+69"),
        (0x05C8D82545899289, "8.55423439511135e-281"),
        (0x513B7C4FD711CAD0, "2.0857580866143008e+83"),
        (0xCF6F4DB354971BDA, "-4.424682257254501e+74"),
        (0x36EC730B5AB4E22F, "3.986608932507703e-44"),
        (0x52C78612CC650109, "5.989834097516218e+90"),
        (0xFF2EA35374D7A291, "-4.202095659853116e+304"),
        (0x265AAD9D9891BEFE, "6.305769488811405e-124"),
        (0x5C6419B18D885ADD, "1.1687779209470703e+137"),
        (0xCE3BDD3E61EAAD36, "-7.512182391385361e+68"),
        (0x95CB93899543CBA6, "-1.0994341541837336e-203"),
        (0x0B2F5280909AF792, "8.344243498455632e-255"),
        (0xB766CA85187904C8, "-8.175903782492552e-42"),
        (0xA38462746892D473, "-1.3694114174367773e-137"),
        (0xB05F1DFA80C64AA5, "-1.0749302073323481e-75"),
        (0xF63FCDE5157A1268, "-3.912026411008342e+261"),
        (0x20BA87065065C310, "5.064977586009979e-151"),
        (0xE002031C1E81F5E1, "-3.018792728780529e+154"),
        (0x301AC8795595E972, "5.782584456154732e-77"),
        (0x81BD940D5331A905, "-2.7604377720004595e-300"),
        (0x816F116C9967C0F4, "-9.060841629771692e-302"),
        (0x6B29507F90F6FC3A, "1.625456895729594e+208"),
        (0xC0C0B85B5155063A, "-8560.713419559517"),
        (0x3ECDFB0717CF7C93, "3.5739632821964634e-06"),
        (0xB54FCF6EFC92EC14, "-6.642297909127108e-52"),
        (0x3152826B0672A2D5, "4.190389976298256e-71"),
        (0x499B9335ACA14F21, "3.9356409012641433e+46"),
        (0x0E902D8C874BF832, "1.5527669372769947e-238"),
        (0xC6908D21AD17CC63, "-8.39250367087034e+31"),
        (0x454D4360175DE63C, "7.075403978872514e+25"),
        (0x3717E83BF2429704, "2.680085855377393e-43"),
        (0x9C6976CA6EBEBBAA, "-8.236440397022228e-172"),
        (0xFBF44C52C408BB20, "-1.2363232983332909e+289"),
        (0x93EB7DFCC9095E2C, "-1.0208021980873501e-212"),
        (0x81178585EE15665F, "-2.143733404939686e-303"),
        (0xE47480CD1C4DA0C7, "-8.113675695589067e+175"),
        (0x1E992E70AAE3D6F1, "2.7986096000278536e-161"),
        (0xE4B48AB163450B68, "-1.3006346313711149e+177"),
        (0x6EE7D26BD214F9AE, "1.7635355158973096e+226"),
        (0xA67E30EDEE4A3A47, "-2.8544416019197262e-123"),
        (0x35BC3463EA695687, "7.538439209036125e-50"),
        (0x97335AADFB4E5A1F, "-6.472893418919336e-197"),
        (0x05993C104815F809, "1.0860776974209466e-281"),
        (0x4A5EF339C005D1BF, "1.8093448698901083e+50"),
        (0x6A095690C6BF534F, "6.206431177999107e+202"),
        (0x9199253B8CE83518, "-6.793326258148166e-224"),
        (0x2F8B5C0522C23A4D, "1.1537150920002471e-79"),
        (0x92F97CCBF1F82B22, "-2.8880862295271648e-217"),
        (0x29061C654529C736, "4.597041527993732e-111"),
        (0xA9211F54DD843048, "-1.4239539729337054e-110"),
        (0x8B2C3C4370C0D3A7, "-7.5219023022766495e-255"),
        (0xDCA4F658DF02C758, "-1.9502344593617256e+138"),
        (0x25605538FC7E473C, "1.178135342020134e-128"),
        (0x43A91E0EA1A79C5E, "9.049500938570422e+17"),
        (0xE636A41E59FB2824, "-2.4051084205884543e+184"),
        (0x3930125C960EAB6D, "3.095301692215101e-33"),
        (0x7D74859EBF520C11, "2.0970773560343326e+296"),
        (0x5C3D364240CCDAB0, "2.1232375340115198e+136"),
        (0x3DE53CBE4D95761D, "1.545215403477684e-10"),
        (0xA769200C52F888BA, "-7.783968008403672e-119"),
        (0x4280BC5AAA533A2F, "2300145125991.273"),
        (0xC15320F3D376691E, "-5014479.30410221"),
        (0xC06B7F0A3D70A3D7, "-219.97"),
        (0x3FB2935D3F763795, "0.0725611"),
        (0xBEDC0ECCF7CC887E, "-6.6895044e-06"),
        (0x8000000000000000, "-0.0"),
        (0xC43ED716748EFB96, "-5.689010255363838e+20"),
        (0x8000000000000000, "-0.0"),
        (0xBD3531EFD428FB49, "-7.53e-14"),
        (0xBEE5D93C24CBADB9, "-1.04182119229e-05"),
        (0xC161D269E6666666, "-9343823.2"),
        (0xC024666666666666, "-10.2"),
        (0x4252F9B34967CBD2, "325994751391.1847"),
        (0x42C9533E8EF0EF38, "55690645070302.44"),
        (0xC279369865DE9000, "-1732642233833.0"),
        (0xC2667EED76280C7B, "-772950176064.39"),
        (0x41EACBB77B0F4BC7, "3596467160.478"),
        (0xC2642E1BF5B674FE, "-693383441843.656"),
        (0xC22FD37CFF5447BE, "-68346085290.14012"),
        (0x41C8889988758120, "823210768.9180031"),
        (0x43C7C0B54AC02BF4, "3.4231343821142036e+18"),
        (0x43C3837AE8B8FEA1, "2.8122052972488463e+18"),
        (0x0000000000000000, "0.0"),
        (0xBE112E0BE826D695, "-1e-09"),
        (0x411254519999999A, "300308.4"),
        (0xBE236BFDD83D5089, "-2.261e-09"),
        (0xBEADDD0AB28B8300, "-8.9e-07"),
        (0x3D9278C7947035C5, "4.2e-12"),
        (0x40181C9844C9A265, "6.027924609"),
        (0xC11661F97D62FB18, "-366718.3724478944"),
        (0x415A2C74975325FE, "6861266.364449976"),
        (0x3EA77CF44765195F, "7e-07"),
        (0x0000000000000000, "0.0"),
        (0x3FE05CC24C595F99, "0.51132311737"),
        (0x3F7555F5C4AC86A0, "0.005208931"),
        (0x3EC0A8E70BDFA996, "1.986e-06"),
        (0x41F63B84F6800000, "5967990632.0"),
        (0xBDD9A24EBF559F77, "-9.3256e-11"),
        (0x425DF3061DE5AD3D, "514525263766.70685"),
        (0x0000000000000000, "0.0"),
        (0x401C666666666666, "7.1"),
        (0xC3480D4C1AAC9107, "-1.3540039914496526e+16"),
        (0xC087100000000000, "-738.0"),
        (0x42A04313CE8FB00D, "8940140578776.025"),
        (0x4188E7AC3824D049, "52229511.0179754"),
        (0x3FE527405AED4AB6, "0.6610414291302138"),
        (0x0000000000000000, "0.0"),
        (0xBE93A1FB28AFDD5D, "-2.9255060302e-07"),
        (0x3D9A3ACF8D460AAC, "5.96395e-12"),
        (0x4077554F8421FCEF, "373.331913121"),
        (0x42635481A9068696, "664177297460.2058"),
        (0x0000000000000000, "0.0"),
        (0x3FE8151D9E76782C, "0.7525776"),
        (0x3DA5FD7FE1796495, "1e-11"),
        (0xBF6E36B8F1ADA731, "-0.00368820306669173"),
        (0x3F8383CC8EAF2E8B, "0.009528730492"),
        (0x4084DEF67EC96820, "667.8703590140249"),
        (0x0000000000000000, "0.0"),
        (0x3FEDE5DAA33A8759, "0.9343083561"),
        (0xC4141AD6EBE4E348, "-9.271721848312286e+19"),
        (0xC3CEB04A0EBA1FD1, "-4.422697688303117e+18"),
        (0x3F9619D3E69C81AB, "0.0215829"),
        (0xC17F60A17FE341D2, "-32901655.992982693"),
        (0x8000000000000000, "-0.0"),
        (0xBE7AD7F29ABCAF48, "-1e-07"),
        (0x8000000000000000, "-0.0"),
        (0xBEFF75104D551D69, "-3e-05"),
        (0x4008F8DFD8424BD5, "3.1215207"),
        (0xBFB025F61E949A50, "-0.063079245058"),
        (0xC47A8F470B255299, "-7.839033261474335e+21"),
        (0xC29D4AB3DD61C7F7, "-8051670603889.991"),
        (0x446A5E2992373FFE, "3.8912036879684254e+21"),
        (0x40131BE63C26E803, "4.77724546420541"),
        (0xBDD76B6AC0C51F9A, "-8.52e-11"),
        (0xC1C5C095A4425A08, "-729885512.5183725"),
        (0xC2C4FBF22A393CEC, "-46144664400505.84"),
        (0x0000000000000000, "0.0"),
        (0x42BB9F3FEAE75900, "30370786109273.0"),
        (0x3D70024691B69500, "9.1e-13"),
        (0x43304907DEED5037, "4583897781063735.0"),
        (0x42C4E46C5B58464F, "45942606049420.62"),
        (0x40232A4DCDF79ADB, "9.58262485168"),
        (0xC29232AE24BA0051, "-5002219826816.079"),
        (0x8000000000000000, "-0.0"),
        (0xC47A72CB70C17AC9, "-7.806194800533366e+21"),
        (0x41A6257B18000000, "185777548.0"),
        (0xC022CCCCCCCCCCCD, "-9.4"),
        (0xC46C5EF5390B49DC, "-4.186810175946987e+21"),
        (0x3F50624DD2F1A9FC, "0.001"),
        (0xC0C25D644FAB62F9, "-9402.783681319548"),
        (0xC29E068AC4889152, "-8253361693220.33"),
        (0x430BFE81B333CC3A, "984957172742535.2"),
        (0xC3A763D9A0E91DAB, "-8.427149853478639e+17"),
        (0xC15F84780BE76C8B, "-8262112.186"),
        (0xC2BC8027BB79BB05, "-31336747989435.02"),
        (0x4401CF951ADEE62D, "4.1069067566886265e+19"),
        (0xC372BC0BA2AFB290, "-8.43729238540393e+16"),
        (0x4128CE5770F27BB3, "812843.7206"),
        (0x0000000000000000, "0.0"),
        (0x433D8D53A808833D, "8318164765541181.0"),
    ]

    @Test("PythonFloat.repr matches CPython's repr on 301 doubles: edges, random bits, random decimals")
    func pythonRepr() throws {
        #expect(Self.pythonRepr.count == 301)
        for (bits, python) in Self.pythonRepr {
            let value = Double(bitPattern: bits)
            #expect(PythonFloat.repr(value) == python, "bits \(bits)")
            #expect(CanonicalJSON.encodeString(.float(value)) == python)
            // Python's form is valid JSON that reads back to the same double, in both paths.
            #expect(try JSONParser.parse(python, mode: .lax) == .float(value), "\(python)")
            #expect(try canonicalBoth(python, mode: .lax) == python)
        }
        #expect(PythonFloat.repr(.nan) == "nan")
        #expect(PythonFloat.repr(.infinity) == "inf")
        #expect(PythonFloat.repr(-.infinity) == "-inf")
        #expect(CanonicalJSON.encodeString([.float(.nan), .float(.infinity)]) == "[null,null]")
    }
}

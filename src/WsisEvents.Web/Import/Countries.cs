namespace WsisEvents.Web.Import;

/// <summary>Country names as meeting lists write them: the United Nations' member and observer states, in their
/// short English names and the longer or older forms the WSIS pages use ("Republic of Belarus", "Korea",
/// "Russia", "Kyrgyz Republic"), and territories that hosted meetings.</summary>
internal static class Countries
{
    public static readonly IReadOnlyList<string> Names =
    [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus",
        "Republic of Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina",
        "Botswana", "Brazil", "Brunei", "Brunei Darussalam", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde",
        "Cape Verde", "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad", "Chile", "China",
        "People's Republic of China", "Colombia", "Comoros", "Congo", "Democratic Republic of the Congo",
        "Costa Rica", "Côte d'Ivoire", "Ivory Coast", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia",
        "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador",
        "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Swaziland", "Ethiopia", "Fiji", "Finland", "France",
        "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea",
        "Guinea-Bissau", "Guyana", "Haiti", "Holy See", "Honduras", "Hungary", "Iceland", "India", "Indonesia",
        "Iran", "Islamic Republic of Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan",
        "Kazakhstan", "Kenya", "Kiribati", "Korea", "Republic of Korea", "South Korea", "Kuwait", "Kyrgyzstan",
        "Kyrgyz Republic", "Laos", "Lao PDR", "Lao People's Democratic Republic", "Latvia", "Lebanon", "Lesotho",
        "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
        "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia",
        "Moldova", "Republic of Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar",
        "Namibia", "Nauru", "Nepal", "Netherlands", "The Netherlands", "New Zealand", "Nicaragua", "Niger",
        "Nigeria", "North Macedonia", "Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama",
        "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia",
        "Russian Federation", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines",
        "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia",
        "Serbia and Montenegro", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovak Republic",
        "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan",
        "Suriname", "Sweden", "Switzerland", "Syria", "Syrian Arab Republic", "Tajikistan", "Tanzania",
        "United Republic of Tanzania", "Thailand", "Timor-Leste", "East Timor", "Togo", "Tonga",
        "Trinidad and Tobago", "Tunisia", "Turkey", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
        "United Arab Emirates", "UAE", "United Kingdom", "UK", "Great Britain", "United States",
        "United States of America", "USA", "US", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Viet Nam",
        "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Hong Kong", "Hong Kong SAR", "Macao", "Taiwan", "Puerto Rico",
        "Kosovo", "Greenland", "New Caledonia", "French Polynesia",
    ];
}

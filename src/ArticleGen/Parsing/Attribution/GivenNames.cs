using System;
using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// Common given names of French and English news, by the gender they almost always carry, so that
/// "she said" is not read as John Smith's words. Names both genders carry often (Dominique, Camille,
/// Claude, Alex, Sam, Jordan, Taylor, Morgan, Robin, Andrea, Nicola, Simone, Kim) are left out: an
/// unknown name agrees with any pronoun. "Jean" is masculine (French news; "Jean-Marie" is too).
/// </summary>
internal static class GivenNames
{
    public static readonly WordSet Masculine = new(new[]
    {
        // French
        "Jean", "Pierre", "Jacques", "Michel", "Philippe", "Alain", "Patrick", "Nicolas", "François", "Christophe", "Daniel", "Bernard",
        "Éric", "Eric", "Laurent", "Frédéric", "Stéphane", "Olivier", "David", "Thierry", "Sébastien", "Julien", "Christian", "Pascal",
        "Gérard", "Bruno", "Emmanuel", "Marc", "Vincent", "Thomas", "Didier", "Guillaume", "Benoît", "Benoit", "Yves", "Denis", "Gilles",
        "Hervé", "Luc", "Henri", "Louis", "Antoine", "Mathieu", "Matthieu", "Maxime", "Alexandre", "Arnaud", "Jérôme", "Xavier", "Fabrice",
        "Franck", "Cédric", "Yannick", "Ludovic", "Raphaël", "Benjamin", "Hugo", "Lucas", "Arthur", "Jules", "Gabriel", "Édouard", "Edouard",
        "Manuel", "Bertrand", "Rémi", "Rémy", "Gaël", "Loïc", "Yann", "Hugues", "Lionel", "Roland", "Marcel", "Georges", "Serge",
        "Jean-Luc", "Jean-Marc", "Jean-Pierre", "Jean-Claude", "Jean-Michel", "Jean-Yves", "Jean-Louis", "Jean-Paul", "Jean-Marie",
        "Jean-François", "Jean-Jacques", "Jean-Baptiste", "Jean-Philippe", "Jean-Christophe", "Jean-Noël", "Jean-Charles", "Jean-Vincent",
        "Bruce", "Sergueï", "Vladimir", "Dmitri", "Mohammed", "Mohamed", "Mohammad", "Muhammad", "Ahmed", "Ahmad", "Ali", "Hassan",
        "Mustafa", "Moustapha", "Recep", "Bachar", "Bashar", "Abdel", "Abdullah", "Abdallah", "Karim", "Rachid", "Omar", "Youssef",
        "Clément", "Romain", "Adrien", "Florian", "Kévin", "Mickaël", "Damien", "Jérémy", "Sylvain", "Fabien", "Grégory", "Florent", "Cyril",
        "Bastien", "Quentin", "Théo", "Enzo", "Aurélien", "Mathias", "Tristan", "Gérald", "Richard", "René", "Raymond",
        // English
        "Liam", "Owen", "Evan", "Luke", "Simon", "Oliver", "Harry", "Leo", "Alfred", "Stanley", "Leonard", "Howard", "Harvey",
        "John", "James", "Robert", "Michael", "William", "Joseph", "Charles", "Christopher", "Matthew", "Anthony", "Mark",
        "Donald", "Steven", "Stephen", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward",
        "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Jonathan", "Larry", "Justin", "Scott", "Brandon",
        "Samuel", "Gregory", "Frank", "Alexander", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam",
        "Henry", "Nathan", "Douglas", "Zachary", "Peter", "Kyle", "Walter", "Ethan", "Jeremy", "Harold", "Keith", "Roger",
        "Noah", "Gerald", "Carl", "Terry", "Sean", "Austin", "Lawrence", "Jesse", "Dylan", "Bryan", "Joe", "Billy",
        "Albert", "Willie", "Logan", "Alan", "Juan", "Wayne", "Roy", "Ralph", "Randy", "Eugene", "Russell",
        "Elijah", "Bobby", "Philip", "Johnny", "Tom", "Tony", "Jim", "Bill", "Bob", "Mike", "Dave", "Steve", "Dan", "Ben", "Tim",
        "Greg", "Ted", "Boris", "Barack", "Bernie", "Mitch", "Hugh", "Neil", "Ian", "Graham", "Colin", "Nigel", "Gordon", "Keir",
        "Rishi", "Narendra", "Jair", "Luiz", "Malcolm", "Matteo", "Giuseppe", "Giovanni", "Marco", "Luigi",
        "Carlos", "Pedro", "Javier", "Miguel", "Antonio", "Francisco", "Alejandro", "Hans", "Klaus", "Wolfgang", "Olaf", "Frank-Walter",
        "Sergei", "Sergey", "Dmitry", "Alexei", "Alexey", "Volodymyr", "Viktor", "Andrzej", "Mateusz", "Naftali",
        "Yair", "Mahmoud", "Hamid", "Ibrahim", "Ismail", "Khalid", "Tariq", "Imran", "Nawaz", "Rodrigo", "Shinzo", "Yoshihide",
        "Fumio", "Elon", "Jeff", "Warren", "Rudy", "Chuck", "Newt", "Mitt", "Rand",
        "Pete", "Beto", "Cory", "Dick", "Rick", "Ron", "Gavin", "Ned", "Dwight", "Abraham", "Franklin",
        // More common given names (sixteenth session), chosen from general knowledge, none that is also a common word.
        "Marvin", "Declan", "Craig", "Derek", "Darren", "Trevor", "Brett", "Shane", "Glenn", "Stuart", "Duncan", "Alistair", "Angus",
        "Callum", "Connor", "Kieran", "Barry", "Phil", "Nick", "Andy", "Chris", "Matt", "Jon", "Nathaniel", "Jared", "Travis", "Todd",
        "Chad", "Brad", "Kurt", "Curtis", "Marcus", "Victor", "Oscar", "Felix", "Martin", "Clarence", "Lloyd", "Vernon", "Floyd",
        "Herbert", "Arnold", "Edwin", "Ernest", "Frederick", "Isaac", "Luis", "Ricardo", "Roberto", "Sergio", "Fernando", "Diego", "Raul",
        "Enrique", "Jorge", "Andrés", "Pablo", "Gustavo", "Kofi", "Nelson", "Desmond", "Ehud", "Shimon", "Yitzhak", "Moshe", "Yasser",
        "Hosni", "Saddam", "Muammar", "Nouri", "Silvio", "Romano", "Gerhard", "Helmut", "Junichiro", "Baptiste", "Gaëtan", "Jérémie",
        "Valentin", "Gaston", "Maurice", "Fernand", "André", "Joël", "Rodolphe", "Régis", "Gauthier", "Tanguy", "Timothée", "Corentin",
        "Gaspard", "Aymeric", "Ghislain", "Francis", "Pierre-Yves", "Jean-Frédéric", "Marc-Antoine", "Jean-Christian", "Jean-Dominique",
        "Jean-Guy", "Jean-Hugues", "Jean-Denis",
        // More (eighteenth session), from general knowledge: English, French and international names of one gender, none a common word.
        "Reginald", "Rupert", "Giles", "Clive", "Dominic", "Julian", "Gareth", "Rhys", "Aidan", "Brendan", "Conor", "Eamon", "Fergus",
        "Hamish", "Euan", "Ewan", "Toby", "Rory", "Ross", "Vince", "Wesley", "Bradley", "Derrick", "Dustin", "Eddie", "Edgar", "Elliot",
        "Elliott", "Ernie", "Glen", "Gilbert", "Hank", "Ivan", "Jake", "Jeffery", "Jerome", "Joel", "Karl", "Kenny", "Leon", "Lewis",
        "Mario", "Mervyn", "Morris", "Neville", "Norman", "Oswald", "Perry", "Reggie", "Ricky", "Rodney", "Sid", "Teddy", "Terence",
        "Tobias", "Wade", "Wallace", "Wilbur", "Zach", "Abdul", "Mahmud", "Mehmet", "Ahmet", "Hussein", "Hossein", "Reza", "Walid",
        "Nabil", "Samir", "Tarek", "Ayman", "Hamza", "Bilal", "Yusuf", "Jamal", "Faisal", "Raj", "Rahul", "Amit", "Sanjay", "Vijay",
        "Arvind", "Anil", "Sunil", "Manmohan", "Nitish", "Shigeru", "Taro", "Hiroshi", "Kenji", "Takeshi", "Naoto", "Yukio", "Alessandro",
        "Fabio", "Francesco", "Luca", "Massimo", "Maurizio", "Paolo", "Stefano", "Enrico", "Vittorio", "Gianni", "Rafael", "Ignacio",
        "Jesús", "Mariano", "Santiago", "Sebastián", "Álvaro", "Alberto", "Alfonso", "Emilio", "Felipe", "Gonzalo", "Julio", "Mauricio",
        "Óscar", "Ramón", "Salvador", "Tomás", "Evo", "Nicolás", "Jürgen", "Horst", "Heinz", "Dieter", "Günter", "Manfred", "Markus",
        "Stefan", "Uwe", "Sigmar", "Norbert", "Pieter", "Willem", "Lars", "Nils", "Sven", "Anders", "Jens", "Henrik", "Björn", "Gustav",
        "Mikhail", "Nikolai", "Nikolay", "Pavel", "Yuri", "Yury", "Igor", "Oleg", "Arseniy", "Petro", "Vitali", "Vitaly", "Andrei",
        "Andriy", "Gennady", "Leonid", "Ramzan", "Aleksandr", "Zbigniew", "Lech", "Jarosław", "Tadeusz", "Ferenc", "Zoltán", "László",
        "Aleksandar", "Slobodan", "Radovan", "Kylian", "Mehdi", "Farid", "Malik", "Aziz", "Abdelkader", "Djamel", "Nordine", "Loris",
        "Nolan", "Mattéo", "Noé", "Augustin", "Honoré", "Octave", "Armand", "Edmond", "Émile", "Emile", "Léon", "Lucien", "Marius",
        "Jimmy", "Ken", "Don", "Dimitri", "Sam",
        // Added in the twenty-fifth session: common given names of international news, of the gender they almost always carry.
        "Abdoulaye", "Abdelaziz", "Achille", "Adnan", "Adolfo", "Adrián", "Agustín", "Akram", "Aldo", "Aleksei", "Alfredo", "Amadou",
        "Amir", "Anatoly", "Andrey", "Anwar", "Aristide", "Armando", "Arturo", "Augusto", "Axel", "Bakary", "Bashir", "Bogdan",
        "Boubacar", "Brahim", "Cyrille", "Dario", "Dragan", "Eduardo", "Ernesto", "Esteban", "Ezequiel", "Fahad", "Federico", "Franz",
        "Fyodor", "Germán", "Gilberto", "Grégoire", "Grigory", "Guillermo", "Habib", "Hernán", "Horacio", "Ilya", "Ismaël", "Issa",
        "Jaime", "Joachim", "Joaquín", "Johann", "José", "Josué", "Kemal", "Khaled", "Konstantin", "Kyriakos", "Lorenzo", "Mamadou",
        "Marcelo", "Marcos", "Mateo", "Mounir", "Moussa", "Nasser", "Nestor", "Oleksandr", "Oleksiy", "Osman", "Oswaldo", "Ousmane",
        "Patrice", "Pyotr", "Raúl", "Rodolfo", "Stanislav", "Timur", "Ulrich", "Umar", "Vadim", "Valery", "Vasily", "Vincenzo",
        "Vladislav", "Yacine", "Zoran", "Josh", "Doug", "Geoff", "Micah", "Mitchell", "Dale", "Brent", "Clint", "Dwayne", "Seamus",
        "Cormac",
    });

    public static readonly WordSet Feminine = new(new[]
    {
        // French
        "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Martine", "Christine", "Monique", "Valérie", "Sandrine",
        "Sophie", "Nicole", "Stéphanie", "Céline", "Véronique", "Anne", "Patricia", "Julie", "Aurélie", "Élisabeth", "Elisabeth",
        "Caroline", "Émilie", "Emilie", "Laurence", "Chantal", "Brigitte", "Hélène", "Virginie", "Florence", "Corinne", "Claire",
        "Agnès", "Cécile", "Delphine", "Laetitia", "Mélanie", "Audrey", "Marion", "Pauline", "Manon", "Léa", "Chloé",
        "Juliette", "Ségolène", "Marine", "Rachida", "Najat", "Anne-Marie", "Marie-Claire", "Marie-France", "Marie-Christine",
        "Marie-Hélène", "Marie-Pierre", "Marie-Noëlle", "Anne-Sophie", "Anne-Laure", "Élise", "Elise", "Josiane", "Jacqueline", "Danielle",
        "Nadine", "Ghislaine", "Geneviève", "Odile", "Béatrice", "Muriel", "Myriam", "Karine", "Carole", "Joëlle", "Fabienne",
        "Pénélope", "Penelope", "Alexia", "Ericka", "Erika", "Annick", "Yvonne", "Édith", "Edith", "Roselyne", "Michèle",
        "Michelle", "Marlène", "Agathe", "Clémentine", "Amélie", "Margaux", "Inès", "Sarah", "Fatima", "Aïcha", "Leïla", "Leila",
        "Nadia", "Samia", "Yasmina", "Olga", "Irina", "Svetlana", "Natalia", "Tatiana", "Ioulia", "Yulia", "Maria", "Anna", "Ursula",
        "Élodie", "Elodie", "Mathilde", "Lucie", "Laure", "Gaëlle", "Solène", "Noémie", "Océane", "Ophélie", "Aurore", "Estelle", "Coralie",
        "Justine", "Bérénice", "Jeanne", "Louise", "Léna", "Christiane", "Fleur", "Clémence", "Mireille", "Arlette", "Colette",
        // English
        "Alexandra", "Elena", "Irene", "Rose", "Nina", "Eva", "Lily", "Chloe", "Ella", "Fiona", "Gillian", "Harriet", "Yvette",
        "Mary", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Karen", "Lisa", "Nancy", "Betty",
        "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah",
        "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Brenda", "Pamela", "Emma",
        "Helen", "Samantha", "Katherine", "Debra", "Rachel", "Carolyn", "Janet", "Heather",
        "Diane", "Ruth", "Olivia", "Joyce", "Virginia", "Victoria", "Lauren", "Christina", "Joan", "Evelyn", "Judith",
        "Megan", "Cheryl", "Hannah", "Martha", "Gloria", "Teresa", "Ann", "Sara", "Madison", "Frances",
        "Kathryn", "Janice", "Abigail", "Alice", "Judy", "Sophia", "Grace", "Denise", "Amber", "Doris", "Marilyn",
        "Beverly", "Isabella", "Theresa", "Diana", "Natalie", "Brittany", "Charlotte", "Kayla", "Alexis", "Lori", "Hillary",
        "Kamala", "Jacinda", "Kristalina", "Greta", "Malala", "Oprah",
        "Liz", "Kate", "Katie", "Jane", "Jenny", "Susie", "Sue", "Meghan", "Priti", "Ilhan", "Alexandria", "Nikki",
        "Kirsten", "Tulsi", "Maxine", "Dianne", "Stacey", "Gretchen", "Kristi", "Sheila",
        "Jill", "Melania", "Ivanka", "Rosalynn", "Condoleezza", "Madeleine", "Sonia",
        "Tina", "Mia", "Zoe", "Zoé", "Lucy", "Ellen", "Eleanor", "Julia", "Claudia", "Silvia", "Giorgia", "Carmen",
        "Isabel", "Lucia", "Ana", "Paula", "Dilma", "Cristina", "Beatriz", "Mette", "Sanna", "Erna", "Annalena",
        // More common given names (sixteenth session), chosen from general knowledge, none that is also a common word.
        "Darleen", "Darlene", "Kathy", "Cathy", "Wendy", "Sally", "Molly", "Holly", "Bridget", "Siobhan", "Maureen", "Eileen", "Colleen",
        "Geraldine", "Lorraine", "Elaine", "Peggy", "Tammy", "Vicki", "Valerie", "Veronica", "Monica", "Erin", "Kristen", "Kristina",
        "Tanya", "Nora", "Norah", "Maggie", "Marjorie", "Rita", "Edna", "Ethel", "Hazel", "Daphne", "Miriam", "Naomi", "Leah", "Esther",
        "Golda", "Tzipi", "Benazir", "Indira", "Gabriela", "Tamara", "Natasha", "Vera", "Galina", "Ludmila", "Yelena", "Anaïs", "Gisèle",
        "Huguette", "Jocelyne", "Josette", "Liliane", "Lucienne", "Marguerite", "Paulette", "Suzanne", "Annie", "Évelyne", "Evelyne",
        "Marie-José", "Fadela", "Emmanuelle", "Frédérique", "Gabrielle", "Axelle", "Clotilde", "Constance", "Éléonore", "Eugénie",
        "Héloïse", "Hortense", "Margot",
        // More (eighteenth session), from general knowledge: English, French and international names of one gender, none a common word.
        "Joanne", "Joanna", "Johanna", "Jeanette", "Janine", "Caitlin", "Lynne", "Gwen", "Gwendolyn", "Bethany", "Beth", "Becky",
        "Rachael", "Tracey", "Carla", "Sheryl", "Patsy", "Polly", "Jodie", "Kirsty", "Lindsey", "Mandy", "Wanda", "Yolanda", "Rosa",
        "Rosie", "Rosemary", "Roberta", "Stella", "Sylvia", "Ingrid", "Agnes", "Annette", "Anita", "Bonnie", "Carrie", "Connie", "Dolores",
        "Gail", "Heidi", "Jasmine", "Kristin", "Lois", "Lorna", "Lydia", "Mabel", "Marcia", "Marian", "Marianne", "Meredith", "Priscilla",
        "Renee", "Roxanne", "Sabrina", "Tessa", "Trudy", "Vivian", "Yasmin", "Zara", "Jacqui", "Rosalind", "Imogen", "Philippa", "Lucinda",
        "Annabel", "Alison", "Allison", "Kimberley", "Julianne", "Bianca", "Elsa", "Alma", "Marta", "Magdalena", "Agnieszka", "Katarzyna",
        "Yuliya", "Oksana", "Anastasia", "Ekaterina", "Yekaterina", "Valentina", "Angelina", "Francesca", "Chiara", "Giulia", "Federica",
        "Elisabetta", "Rocío", "Mercedes", "Pilar", "Soledad", "Fernanda", "Luisa", "Adriana", "Angélica", "Verónica", "Marisol", "Camila",
        "Mariana", "Sofía", "Valeria", "Aisha", "Amina", "Fatma", "Zeynep", "Priya", "Sunita", "Anjali", "Amandine", "Aline", "Annabelle",
        "Armelle", "Blandine", "Capucine", "Carine", "Charlène", "Charline", "Danièle", "Emeline", "Fanny", "Gwenaëlle", "Laëtitia",
        "Ludivine", "Magali", "Maëlle", "Maryse", "Mélissa", "Morgane", "Nadège", "Nelly", "Perrine", "Sabine", "Séverine", "Sylviane",
        "Vanessa", "Yolande", "Clarisse", "Odette", "Priscillia", "Ellie", "Tiffany",
        // Added in the twenty-fifth session, as above.
        "Adela", "Alejandra", "Alicia", "Amal", "Anabel", "Anastasiya", "Ángela", "Antonella", "Célia", "Daniela", "Eleni", "Eliana",
        "Elvira", "Emilia", "Fatou", "Fatoumata", "Graciela", "Gulnara", "Hatice", "Ilse", "Inés", "Íngrid", "Jacline", "Jimena",
        "Josefina", "Juana", "Juliana", "Karina", "Khadija", "Larisa", "Liliana", "Lorena", "Lucía", "Lyudmila", "Malika", "Margarita",
        "Mariam", "Maryam", "Milena", "Mónica", "Nadezhda", "Natalya", "Noura", "Paola", "Rania", "Raquel", "Salma", "Samira", "Tatyana",
        "Yasmine", "Zainab", "Zahra", "Aileen", "Doreen", "Susana", "Ksenia", "Artsvik", "Tara", "Whitney", "Noreen", "Rhonda", "Niamh",
        "Aoife", "Orla", "Sinead", "Mairead",
    });

    /// <summary>Whether <paramref name="word"/> is a given name of either list: a person's name opens or goes on with it.</summary>
    public static bool Contains(string word) => Masculine.Contains(word) || Feminine.Contains(word);
}
